// A stand-in origin: only what resolves against it and stays on it is a path of ours.
const OWN = 'http://portal.invalid';

/**
 * The page to return to after signing in, or undefined when `next` could lead
 * anywhere but this portal. Browsers drop tabs and newlines from URLs and read a
 * backslash as a slash, so `/\evil.example` and `/\t/evil.example` mean
 * `//evil.example`, another site: such characters are refused outright, and
 * the rest must parse, against our own origin, to our own origin and to a path
 * that does not itself start with `//`. The normalised path is returned, so
 * what is checked is what the browser is sent to.
 */
export function safeReturnPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || !next.startsWith('/') || next.length > 2000) return undefined;
  if (/[\u0000-\u0020\u007f\\]/.test(next)) return undefined;
  let url: URL;
  try {
    url = new URL(next, OWN);
  } catch {
    return undefined;
  }
  if (url.origin !== OWN) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('//') ? undefined : path;
}
