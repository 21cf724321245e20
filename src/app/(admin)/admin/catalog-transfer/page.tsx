import { getTranslations } from '@/i18n/server';
import { ExportLinks } from '@/components/layout/export-links';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { ImportForm } from './import-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('catalogAdmin.transferPage');

export default async function CatalogTransferPage() {
  await requirePageActor(['ADMIN'], '/admin/catalog-transfer');
  const t = await getTranslations('catalogAdmin.transferPage');
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card title={t('export')}>
        <div className="flex flex-wrap gap-2">
          <ExportLinks
            href="/admin/catalog-transfer/export"
            formats={[
              { format: 'json', label: t('exportJson') },
              { format: 'xlsx', label: t('exportXlsx') },
            ]}
          />
        </div>
      </Card>
      <Card title={t('import')}>
        <ImportForm />
      </Card>
    </div>
  );
}
