import 'server-only';
import { env } from '@/env';

/** The public page a printed document's QR code opens: it confirms what the paper says. */
export function verifyUrl(number: string, code: string): string {
  const url = new URL('/verify', env.PUBLIC_BASE_URL);
  url.searchParams.set('no', number);
  url.searchParams.set('code', code);
  return url.toString();
}
