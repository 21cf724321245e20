import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { pdfResponse } from '@/lib/pdf/pdf-response';

/**
 * The GET handler of a PDF (notice, decision, certificate) that only a signed-in
 * person allowed to see its case may read: the domain's render function decides
 * who that is, and anyone else gets "not found".
 */
export function signedInPdf<Params extends z.ZodType>(
  name: string,
  paramsSchema: Params,
  render: (actor: Actor, params: z.infer<Params>) => Promise<{ bytes: Uint8Array; filename: string }>,
) {
  return async function GET(_request: Request, { params }: { params: Promise<Record<string, string>> }) {
    const actor = await getActor();
    if (!actor) return new Response('Unauthorized', { status: 401 });
    const parsed = paramsSchema.safeParse(await params);
    if (!parsed.success) return new Response('Not found', { status: 404 });
    return pdfResponse(
      name,
      () => render(actor, parsed.data),
      (filename) => ({ 'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(filename)}`, 'Cache-Control': 'private, no-store' }),
    );
  };
}
