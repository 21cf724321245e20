import { NextResponse, type NextRequest } from 'next/server';
import { hasCleanPartHeaders, isWellFormedReply } from '@/lib/security/action-reply';
import { isCleanAddress } from '@/lib/security/address';
import { ACTION_BODY_LIMIT_MB, contentSecurityPolicy, HSTS } from '@/lib/security/headers';

/*
 * Runs before every page, action and route handler. It refuses junk that
 * would otherwise reach the router or PostgreSQL as a 500 (bad percent
 * escapes and NUL in the address, action arguments React cannot decode, a body larger
 * than any form may send) and sets the per-request Content-Security-Policy.
 * It decides nothing about who may do what: every page and action checks the
 * session itself (docs/security.md).
 */
const ACTION_BODY_LIMIT = ACTION_BODY_LIMIT_MB * 1024 * 1024;

/** Whether a server action call (it names its action in the `Next-Action` header) carries arguments React can decode. */
async function isWellFormedActionCall(request: NextRequest): Promise<boolean> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data')) {
      const body = new Uint8Array(await request.clone().arrayBuffer());
      if (!hasCleanPartHeaders(body, type)) return false;
      const form = await new Response(body, { headers: { 'content-type': type } }).formData();
      const text = (key: string) => {
        const value = form.get(key);
        return typeof value === 'string' ? value : undefined;
      };
      return isWellFormedReply(text('0'), { text, isBlob: (key) => form.get(key) instanceof Blob });
    }
    return isWellFormedReply(await request.clone().text(), { text: () => undefined, isBlob: () => false });
  } catch {
    // A body that does not parse as the multipart it claims to be.
    return false;
  }
}

function refuse(status: 400 | 411 | 413, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  // The raw address: nextUrl.pathname may already be decoded.
  const raw = new URL(request.url);
  if (!isCleanAddress(raw.pathname, raw.search)) return refuse(400, '请求地址无效。 / Invalid request address.');
  const length = Number(request.headers.get('content-length') ?? 0);
  if (request.method === 'POST' && length > ACTION_BODY_LIMIT) {
    return refuse(413, `上传内容太大：一次最多 ${ACTION_BODY_LIMIT_MB} MB。 / FILE_TOO_LARGE: at most ${ACTION_BODY_LIMIT_MB} MB per request.`);
  }
  // A browser always sends an action's length; a streamed body without one would
  // be read whole below before any limit applied.
  if (request.method === 'POST' && request.headers.has('next-action') && !request.headers.has('content-length')) {
    return refuse(411, '请求缺少长度。 / Length required.');
  }
  if (request.method === 'POST' && request.headers.has('next-action') && !(await isWellFormedActionCall(request))) {
    return refuse(400, '请求格式无效。 / Malformed action request.');
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const https = url.protocol === 'https:' || (process.env.PUBLIC_BASE_URL ?? '').startsWith('https://');
  const policy = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's policy and puts it on its scripts.
  requestHeaders.set('Content-Security-Policy', policy);
  requestHeaders.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  // Static assets carry no scripts of ours to protect; next.config.ts gives them nosniff and the other fixed headers.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
