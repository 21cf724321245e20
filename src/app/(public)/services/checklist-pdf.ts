import { getTranslations } from '@/i18n/server';
import type { z } from 'zod';
import { pdfResponse } from '@/lib/pdf/pdf-response';

/**
 * The GET handler of a public checklist PDF (an item's or a bundle's): public
 * like the guide it prints, so the query is all there is to check; an unknown
 * code or a query that does not parse is "not found".
 */
export function checklistPdf<Input extends z.ZodType>(
  name: string,
  parse: (code: string, search: URLSearchParams) => z.ZodSafeParseResult<z.infer<Input>>,
  // The render functions take a narrower translator type than next-intl's; they only call it with their own keys.
  render: (input: z.infer<Input>, t: never) => Promise<{ bytes: Uint8Array; filename: string }>,
) {
  return async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
    const input = parse((await params).code, new URL(request.url).searchParams);
    if (!input.success) return new Response('Not found', { status: 404 });
    return pdfResponse(
      name,
      async () => render(input.data, (await getTranslations()) as never),
      (filename) => ({
        'Content-Disposition': `inline; filename="checklist.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        // The labels follow the visitor's language cookie: not for shared caches.
        'Cache-Control': 'private, max-age=60',
      }),
    );
  };
}
