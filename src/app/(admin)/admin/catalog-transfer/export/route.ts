import { getActor } from '@/lib/auth/session';
import { exportCatalog } from '@/lib/catalog-admin/export-catalog';

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || actor.role !== 'ADMIN') return new Response('Not found', { status: 404 });
  const format = new URL(request.url).searchParams.get('format') === 'xlsx' ? 'xlsx' : 'json';
  const bytes = await exportCatalog(actor, format);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="catalog.${format}"`,
      'cache-control': 'no-store',
    },
  });
}
