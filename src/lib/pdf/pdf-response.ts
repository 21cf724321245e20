import 'server-only';
import { AppError } from '@/lib/errors';

/**
 * The response of a PDF route: the rendered document with its headers, "not
 * found" when the domain says so (a case the caller may not see included), and
 * for anything else a bare 500 with the error only in the log.
 */
export async function pdfResponse(
  name: string,
  render: () => Promise<{ bytes: Uint8Array; filename: string }>,
  headers: (filename: string) => Record<string, string>,
): Promise<Response> {
  try {
    const { bytes, filename } = await render();
    return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf', ...headers(filename), 'X-Content-Type-Options': 'nosniff' } });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    console.error(`[${name}]`, error);
    return new Response('Error', { status: 500 });
  }
}
