import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { baseUrl, json, jsonError } from '../../respond';

/** GET /api/open-data/services/{code}: the published guide of one item. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const guide = code.length <= 64 ? await getServiceGuide(code) : null;
    if (!guide) return jsonError(404, 'service not found');
    const { id: _id, materials, situations, ...rest } = guide;
    return json({
      ...rest,
      situations: situations.map((s) => ({ id: s.id, name: s.name })),
      materials: materials.map(({ id: _mid, situations: linked, ...m }) => ({ ...m, situations: linked.map((s) => s.id) })),
      versionsUrl: `${baseUrl(request)}/api/open-data/services/${encodeURIComponent(guide.code)}/versions`,
      guideUrl: `${baseUrl(request)}/services/${encodeURIComponent(guide.code)}`,
    });
  } catch (error) {
    console.error('[open-data]', error);
    return jsonError(500, 'internal error');
  }
}
