// Sign in as a demo account (password Demo@2026) over HTTP, as the measuring
// scripts do: next-auth's CSRF token, then the credentials callback. Returns the
// session cookie to send with later requests.
const cookiesOf = (res) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

export async function signIn(base, login) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, login, password: 'Demo@2026', json: 'true' }),
  });
  const cookie = cookiesOf(res)
    .split('; ')
    .filter((c) => c.includes('session-token'))
    .join('; ');
  if (!cookie) throw new Error(`sign-in of ${login} failed (${res.status})`);
  return cookie;
}
