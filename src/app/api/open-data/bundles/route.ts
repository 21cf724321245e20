import { listPublishedBundles } from '@/lib/bundles/list-published-bundles';
import { baseUrl, json, jsonError } from '../respond';

/** GET /api/open-data/bundles: the published 一件事 bundles with their members (docs/bundles.md). */
export async function GET(request: Request) {
  try {
    const origin = baseUrl(request);
    const bundles = await listPublishedBundles();
    return json({
      total: bundles.length,
      bundles: bundles.map((b) => ({
        ...b,
        guideUrl: `${origin}/services/bundles/${encodeURIComponent(b.code)}`,
        members: b.members.map((m) => ({ ...m, url: `${origin}/api/open-data/services/${encodeURIComponent(m.code)}` })),
      })),
    });
  } catch (error) {
    console.error('[open-data bundles]', error);
    return jsonError(500, 'internal error');
  }
}
