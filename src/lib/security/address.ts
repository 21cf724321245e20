/*
 * What the proxy refuses in a request's address before the router, a page or
 * PostgreSQL sees it: a percent escape that does not decode to UTF-8 (the
 * router threw on it) and a NUL (PostgreSQL refuses text holding one, so the
 * page answered 500). Other characters are left to each page's own checks:
 * a tab in a `next=` parameter, say, is the sign-in page's to judge.
 */
export function isCleanAddress(pathname: string, search: string): boolean {
  const parts = [...pathname.split('/'), ...search.replace(/^\?/, '').split(/[&=]/)];
  for (const part of parts) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return false;
    }
    if (decoded.includes('\u0000')) return false;
  }
  return true;
}
