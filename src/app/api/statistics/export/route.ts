import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { exportStatistics } from '@/lib/supervision/export-statistics';
import { statisticsQuerySchema } from '@/lib/supervision/schemas';

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = statisticsQuerySchema.safeParse(params);
  const format = params.format === 'csv' ? 'csv' : 'xlsx';
  if (!parsed.success) return new Response('Bad request', { status: 400 });
  try {
    const file = await exportStatistics(actor, parsed.data, format);
    return new Response(file.bytes, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    if (error instanceof AppError && error.code === 'INVALID_INPUT') return new Response('Bad request', { status: 400 });
    console.error('[statistics export]', error);
    return new Response('Error', { status: 500 });
  }
}
