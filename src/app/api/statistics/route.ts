import { getPublicStatistics } from '@/lib/supervision/get-public-statistics';

// Public, anonymous figures by department; cached briefly, they change slowly.
export async function GET(request: Request) {
  const year = Number(new URL(request.url).searchParams.get('year')) || undefined;
  const stats = await getPublicStatistics({ year });
  return Response.json(stats, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
