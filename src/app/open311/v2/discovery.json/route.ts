import { baseUrl, json } from '@/app/api/open-data/respond';

// When the catalog's Open311 interface last changed shape.
const CHANGESET = '2026-11-22T00:00:00Z';

/** GET /open311/v2/discovery.json */
export async function GET(request: Request) {
  const origin = baseUrl(request);
  return json({
    changeset: CHANGESET,
    contact: '示范县政务服务中心 · 12345',
    key_service: `${origin}/open-data`,
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${origin}/open311/v2`,
        changeset: CHANGESET,
        type: 'production',
        formats: ['application/json'],
      },
    ],
  });
}
