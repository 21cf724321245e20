import { createTranslator } from 'next-intl';
import messages from '@/i18n/messages/zh-CN';

// Open data is public and read-only: anyone may cache it briefly and call it from any origin.
const HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: status === 200 ? HEADERS : { ...HEADERS, 'Cache-Control': 'no-store' } });
}

/** Errors in the Open311 shape (an array of { code, description }), used by both APIs. */
export function jsonError(status: 400 | 404 | 500, description: string): Response {
  return json([{ code: status, description }], status);
}

/** Open data speaks the catalog's own language: Chinese labels. */
export const zhLabel = createTranslator({ locale: 'zh-CN', messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;

export function baseUrl(request: Request): string {
  return new URL(request.url).origin;
}
