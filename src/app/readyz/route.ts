import { checkReadiness } from '@/lib/health/check-readiness';

// Readiness: 503 while the database cannot be reached through this process's
// pool or a migration of this build is not applied; a load balancer sends no
// traffic here until it answers 200 (docs/reliability.md).
export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ok ? 'ready' : 'unavailable', ...readiness },
    { status: readiness.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store', ...(readiness.ok ? {} : { 'Retry-After': '5' }) } },
  );
}
