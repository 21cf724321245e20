import { z } from 'zod';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { renderCertificate } from '@/lib/results/render-certificate';

const paramsSchema = z.object({ id: z.string().min(1).max(64) });

/** An e-certificate as a PDF, for its holder and staff who may see the case that issued it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response('Not found', { status: 404 });
  try {
    const document = await renderCertificate(actor, parsed.data.id);
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
    console.error('[certificates]', error);
    return new Response('Error', { status: 500 });
  }
}
