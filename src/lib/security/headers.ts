/*
 * The portal's security headers, in one place (docs/security.md, V3). Plain
 * module without `server-only`: next.config.ts reads the static headers at
 * build time and src/proxy.ts builds the per-request policy.
 *
 * The policy uses a nonce for scripts: Next.js puts the nonce it finds in the
 * request's Content-Security-Policy on its own scripts, so only scripts the
 * server rendered for this very response run ('strict-dynamic' lets them load
 * the app's chunks). A nonce exists only at request time: every page that
 * carries this policy must be rendered per request. A page served from a
 * cache or prerendered at build time has no nonce on its scripts and would
 * not hydrate under this policy; such a page needs the hash-based variant
 * (Next's experimental `sri` option plus hashes of its inline scripts) and
 * must be listed in STATIC_PAGES below, where it gets `staticPagePolicy`.
 */

/** Bytes a server action's request may carry: the files of one form (next.config.ts serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT_MB = 25;

/** Sent on every response, pages, files and assets alike (next.config.ts `headers()`). */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Strict-Transport-Security, sent only when the portal is served over https (PUBLIC_BASE_URL). */
export const HSTS = 'max-age=31536000; includeSubDomains';

export function contentSecurityPolicy(options: { nonce: string; https: boolean; dev?: boolean }): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development: React uses eval there to rebuild server error stacks.
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes (chart bar heights) need 'unsafe-inline' for styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'self'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
