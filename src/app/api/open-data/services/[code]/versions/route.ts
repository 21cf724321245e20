import { listServiceVersions } from '@/lib/catalog/list-service-versions';
import { json, jsonError } from '../../../respond';

/** GET /api/open-data/services/{code}/versions: published and retired versions, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const history = code.length <= 64 ? await listServiceVersions(code) : null;
    return history ? json(history) : jsonError(404, 'service not found');
  } catch (error) {
    console.error('[open-data]', error);
    return jsonError(500, 'internal error');
  }
}
