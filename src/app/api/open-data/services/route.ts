import { catalogSearchSchema } from '@/lib/catalog/schemas';
import { searchServiceItems } from '@/lib/catalog/search-service-items';
import { baseUrl, json, jsonError } from '../respond';

/** GET /api/open-data/services?q=&department=&type=&level=&handlingClass=&onlineDepth=&lifeEvent=&page=&pageSize= */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = catalogSearchSchema.safeParse(params);
  if (!query.success) return jsonError(400, `invalid parameter: ${query.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  try {
    // Open data carries no match labels: skip the query that computes them.
    const result = await searchServiceItems(query.data, { explain: false });
    const origin = baseUrl(request);
    return json({
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      pageCount: result.pageCount,
      items: result.items.map((i) => ({
        code: i.code,
        name: i.name,
        type: i.type,
        level: i.level,
        handlingClass: i.handlingClass,
        department: i.department,
        departmentId: i.departmentId,
        promisedLimitDays: i.promisedLimitDays,
        statutoryLimitDays: i.statutoryLimitDays,
        onlineDepth: i.onlineDepth,
        lifeEvents: i.lifeEvents,
        url: `${origin}/api/open-data/services/${encodeURIComponent(i.code)}`,
        guideUrl: `${origin}/services/${encodeURIComponent(i.code)}`,
      })),
    });
  } catch (error) {
    console.error('[open-data]', error);
    return jsonError(500, 'internal error');
  }
}
