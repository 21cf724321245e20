import { jsonError, json, zhLabel } from '@/app/api/open-data/respond';
import { listOpen311Services } from '@/lib/catalog/list-open311-services';
import { open311Service } from '@/lib/catalog/open311';

/** GET /open311/v2/services.json: every published service (jurisdiction_id is accepted and ignored: one county). */
export async function GET() {
  try {
    return json((await listOpen311Services()).map((s) => open311Service(s, zhLabel)));
  } catch (error) {
    console.error('[open311]', error);
    return jsonError(500, 'internal error');
  }
}
