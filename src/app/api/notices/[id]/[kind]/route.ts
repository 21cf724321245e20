import { z } from 'zod';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { noticeKinds, renderNotice } from '@/lib/intake/render-notice';

const paramsSchema = z.object({ id: z.string().min(1).max(64), kind: z.enum(noticeKinds) });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response('Not found', { status: 404 });
  try {
    const notice = await renderNotice(actor, parsed.data.id, parsed.data.kind);
    return new Response(new Uint8Array(notice.bytes), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(notice.filename)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    console.error('[notices]', error);
    return new Response('Error', { status: 500 });
  }
}
