import { getTranslations } from '@/i18n/server';
import { Card, PageHeader } from '@/components/ui/card';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('catalogPublic.openData');

// An item every demo catalog has, so that the "try it" links answer.
const SAMPLE = '511A0015500009';

export default async function OpenDataPage() {
  const t = await getTranslations('catalogPublic.openData');
  const catalog: [string, string, string][] = [
    ['GET /api/open-data/services', t('list'), '/api/open-data/services?q=ggcs&pageSize=5'],
    ['GET /api/open-data/services/{code}', t('detail'), `/api/open-data/services/${SAMPLE}`],
    ['GET /api/open-data/services/{code}/versions', t('versions'), `/api/open-data/services/${SAMPLE}/versions`],
  ];
  const open311: [string, string, string][] = [
    ['GET /open311/v2/discovery.json', t('discovery'), '/open311/v2/discovery.json'],
    ['GET /open311/v2/services.json', t('services'), '/open311/v2/services.json'],
    ['GET /open311/v2/services/{service_code}.json', t('definition'), `/open311/v2/services/${SAMPLE}.json`],
  ];
  // A list rather than a table: long addresses would squeeze a table's columns on a phone.
  const table = (caption: string, rows: [string, string, string][]) => (
    <ul aria-label={caption} className="divide-y divide-slate-100 rounded-lg border border-slate-200">
      {rows.map(([endpoint, purpose, href]) => (
        <li key={endpoint} className="space-y-1 px-4 py-3">
          <p className="break-all font-mono text-sm font-semibold text-slate-900">{endpoint}</p>
          <p className="text-sm text-slate-700">{purpose}</p>
          <p className="text-sm">
            <span className="text-slate-500">{t('try')}</span>
            <a href={href} className="break-all font-mono text-xs text-brand-700 underline hover:text-brand-900">
              {href}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card title={t('catalogApi')}>
        <p className="mb-4 text-sm text-slate-700">{t('catalogApiText')}</p>
        {table(t('catalogApi'), catalog)}
      </Card>
      <Card title={t('open311')}>
        <p className="mb-4 text-sm text-slate-700">{t('open311Text')}</p>
        {table(t('open311'), open311)}
      </Card>
      <Card title={t('terms')}>
        <p className="text-sm text-slate-700">{t('termsText')}</p>
        <p className="mt-2 text-sm text-slate-700">{t('docs')}</p>
      </Card>
    </div>
  );
}
