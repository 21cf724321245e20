import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/auth/safe-return-path';

describe('the page to return to after sign-in', () => {
  it.each([
    '/\\evil.example', // /login?next=/%5Cevil.example
    '/\t/evil.example', // /login?next=/%09/evil.example
    '/\n/evil.example',
    '/\r/evil.example',
    '//evil.example',
    '/\\/evil.example',
    '/..//evil.example',
    '/./\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example',
    ' /me',
    '',
  ])('refuses %j, which leads off the portal or is no path', (next) => {
    expect(safeReturnPath(next)).toBeUndefined();
  });

  it('refuses anything but a string', () => {
    expect(safeReturnPath(undefined)).toBeUndefined();
    expect(safeReturnPath(['/me'])).toBeUndefined();
  });

  it.each([
    ['/me', '/me'],
    ['/me/applications/abc?tab=files#top', '/me/applications/abc?tab=files#top'],
    ['/review/../oversee', '/oversee'],
    ['/services?q=%E6%8A%A4%E7%85%A7', '/services?q=%E6%8A%A4%E7%85%A7'],
  ])('keeps the portal path %j as %j', (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });

  it('every accepted path resolves to the portal origin, whatever the base', () => {
    for (const next of ['/me', '/a/b?c=d', '/%2F%2Fevil.example', '/%5Cevil.example']) {
      const path = safeReturnPath(next);
      if (path === undefined) continue;
      expect(new URL(path, 'https://portal.example').origin).toBe('https://portal.example');
    }
  });
});
