import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';

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
    try {
      const document = await render(actor, parsed.data);
      return new Response(new Uint8Array(document.bytes), {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
        },
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
      console.error(`[${name}]`, error);
      return new Response('Error', { status: 500 });
    }
  };
}
