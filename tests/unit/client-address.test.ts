import { describe, expect, it } from 'vitest';
import { clientAddressOf, normalizeAddress, PEER_HEADER, trustedProxyList } from '@/lib/limits/client-address';

const proxies = trustedProxyList('10.0.0.5, 192.168.10.0/24, fd00::/8');
const of = (headers: Record<string, string>, peerHeader = true) => clientAddressOf(new Headers(headers), { peerHeader, trustedProxies: proxies });

describe('the client address', () => {
  it('is the socket peer when the peer is no trusted proxy, whatever forwarding headers say', () => {
    expect(of({ [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '5.6.7.8' })).toBe('203.0.113.7');
    // Sixty rotating X-Forwarded-For values from one client are one client.
    const seen = new Set(Array.from({ length: 60 }, (_, i) => of({ [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': `198.51.100.${i}` })));
    expect([...seen]).toEqual(['203.0.113.7']);
  });

  it('behind a trusted proxy, is the rightmost address the proxies did not add', () => {
    expect(of({ [PEER_HEADER]: '10.0.0.5', 'x-forwarded-for': '198.51.100.9' })).toBe('198.51.100.9');
    // A client-sent value sits left of what the proxy appended: ignored.
    expect(of({ [PEER_HEADER]: '10.0.0.5', 'x-forwarded-for': '1.2.3.4, 198.51.100.9' })).toBe('198.51.100.9');
    // Two trusted hops (an inner proxy in 192.168.10.0/24).
    expect(of({ [PEER_HEADER]: '10.0.0.5', 'x-forwarded-for': '1.2.3.4, 198.51.100.9, 192.168.10.20' })).toBe('198.51.100.9');
    expect(of({ [PEER_HEADER]: '::ffff:10.0.0.5', 'x-forwarded-for': '2001:db8::1' })).toBe('2001:db8::1');
    expect(of({ [PEER_HEADER]: 'fd00::1', 'x-forwarded-for': '198.51.100.10' })).toBe('198.51.100.10');
    // Garbage where the proxy should have written: the proxy itself is the client.
    expect(of({ [PEER_HEADER]: '10.0.0.5', 'x-forwarded-for': 'evil' })).toBe('10.0.0.5');
    expect(of({ [PEER_HEADER]: '10.0.0.5' })).toBe('10.0.0.5');
  });

  it('is "unknown" when not served by the portal’s server, so a client-made peer header counts for nothing', () => {
    expect(of({ [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': '1.2.3.4' }, false)).toBe('unknown');
    expect(of({ 'x-forwarded-for': '1.2.3.4' })).toBe('unknown');
    expect(of({ [PEER_HEADER]: 'not-an-ip' })).toBe('unknown');
  });

  it('normalises address forms and refuses bad proxy settings', () => {
    expect(normalizeAddress('::FFFF:10.1.2.3')).toBe('10.1.2.3');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('10.1.2.3:5555')).toBe('10.1.2.3');
    expect(normalizeAddress('10.1.2')).toBeUndefined();
    expect(() => trustedProxyList('10.0.0.0/8, nonsense')).toThrow(/TRUSTED_PROXIES/);
    expect(clientAddressOf({ [PEER_HEADER]: '203.0.113.7' }, { peerHeader: true, trustedProxies: proxies })).toBe('203.0.113.7');
  });
});
