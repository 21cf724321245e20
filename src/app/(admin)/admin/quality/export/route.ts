import { getTranslations } from '@/i18n/server';
import { getActor } from '@/lib/auth/session';
import { exportQualityReport } from '@/lib/catalog-admin/export-quality-report';
import { AppError } from '@/lib/errors';

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || actor.role !== 'ADMIN') return new Response('Not found', { status: 404 });
  const format = new URL(request.url).searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
  const t = await getTranslations('catalogAdmin.qualityReport');
  const origin = new URL(request.url).origin;
  try {
    const bytes = await exportQualityReport(actor, {
      format,
      headers: [t('col.kind'), t('col.code'), t('col.name'), t('col.level'), t('col.detail'), t('col.link')],
      kindName: (kind) => t(`kind.${kind}` as 'kind.NO_CODE'),
      itemUrl: (id) => `${origin}/admin/items/${id}`,
    });
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="catalog-quality.${format}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    throw error;
  }
}
