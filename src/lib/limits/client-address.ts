import 'server-only';
import { BlockList, isIP } from 'node:net';
import { env } from '@/env';

/*
 * The client's address, for every throttle. Next.js hands route handlers and
 * server actions no socket, and the X-Forwarded-For it fills in is kept when
 * the client sent one, so neither can be trusted. The portal's own server
 * (scripts/server.mjs) therefore writes the socket's peer address into
 * PEER_HEADER on every request, replacing anything a client sent under that
 * name, and says so through PORTAL_PEER_HEADER=1 in the environment.
 *
 * Forwarding headers count only when that peer is one of TRUSTED_PROXIES
 * (addresses or CIDR ranges): then X-Forwarded-For is read from the right,
 * skipping our own proxies, and the first address they did not add is the
 * client. Anything a client put to the left of it is ignored.
 *
 * Under `next dev` or a bare `next start` there is no peer: every request is
 * the one client "unknown" (throttles still hold, per client they are shared).
 */
export const PEER_HEADER = 'x-portal-peer-address';

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** ::ffff:10.0.0.1 and 10.0.0.1 are one client. */
export function normalizeAddress(raw: string): string | undefined {
  let address = raw.trim();
  if (address.startsWith('[') && address.includes(']')) address = address.slice(1, address.indexOf(']'));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1];
  return isIP(address) ? address.toLowerCase() : undefined;
}

export function trustedProxyList(spec: string): BlockList {
  const list = new BlockList();
  for (const entry of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr, bits] = entry.split('/');
    const address = normalizeAddress(addr);
    if (!address) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or range`);
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

let trusted: BlockList | undefined;

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client address of a request, from its headers as the portal's server
 * passed them on. `options` exist for tests; the app uses the environment.
 */
export function clientAddressOf(headers: HeaderSource, options: { peerHeader?: boolean; trustedProxies?: BlockList } = {}): string {
  const peerHeader = options.peerHeader ?? process.env.PORTAL_PEER_HEADER === '1';
  if (!peerHeader) return 'unknown';
  const peer = normalizeAddress(read(headers, PEER_HEADER) ?? '');
  if (!peer) return 'unknown';
  const proxies = options.trustedProxies ?? (trusted ??= trustedProxyList(env.TRUSTED_PROXIES));
  if (!isTrusted(proxies, peer)) return peer;
  const hops = (read(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    // A hop that is no address was written by someone we do not trust: stop at the last good one.
    if (!hop) break;
    if (!isTrusted(proxies, hop)) return hop;
  }
  return peer;
}
