// Liveness: the process runs and answers. It does not touch the database, so a
// database outage never makes an orchestrator restart healthy app processes.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }, { headers: { 'Cache-Control': 'no-store' } });
}
