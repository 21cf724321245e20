import { jsonError, json, zhLabel } from '@/app/api/open-data/respond';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { open311Definition } from '@/lib/catalog/open311';

/** GET /open311/v2/services/{service_code}.json: the service definition. Only JSON is offered. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const code = file.endsWith('.json') ? file.slice(0, -'.json'.length) : null;
  if (!code || code.length > 64) return jsonError(404, 'service not found (use {service_code}.json)');
  try {
    const guide = await getServiceGuide(code);
    return guide ? json(open311Definition(guide, zhLabel)) : jsonError(404, 'service not found');
  } catch (error) {
    console.error('[open311]', error);
    return jsonError(500, 'internal error');
  }
}
