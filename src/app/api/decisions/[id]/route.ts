import { z } from 'zod';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { renderDecision } from '@/lib/results/render-decision';

const paramsSchema = z.object({ id: z.string().min(1).max(64) });

/** 准予 / 不予 … 决定书 of a decided case, for the applicant and staff who may see it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response('Not found', { status: 404 });
  try {
    const document = await renderDecision(actor, parsed.data.id);
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
    console.error('[decisions]', error);
    return new Response('Error', { status: 500 });
  }
}
