import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { getQualityReport } from '@/lib/catalog-admin/get-quality-report';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('catalogAdmin.qualityReport');

export default async function QualityPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/quality');
  const [t, tc, findings] = await Promise.all([getTranslations('catalogAdmin.qualityReport'), getTranslations(), getQualityReport(actor)]);
  return (
    <div>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <ButtonLink href="/admin/quality/export?format=xlsx" variant="secondary" prefetch={false}>
              {t('exportXlsx')}
            </ButtonLink>
            <ButtonLink href="/admin/quality/export?format=csv" variant="secondary" prefetch={false}>
              {t('exportCsv')}
            </ButtonLink>
          </>
        }
      />
      <p className="mb-2 text-sm text-slate-600">{t('count', { count: findings.length })}</p>
      {findings.length === 0 ? (
        <EmptyState>{t('none')}</EmptyState>
      ) : (
        <Table caption={t('title')} head={[t('col.kind'), t('col.code'), t('col.name'), t('col.level'), t('col.detail')]}>
          {findings.map((f, i) => (
            <tr key={i}>
              <Td className="whitespace-nowrap">{t(`kind.${f.kind}`)}</Td>
              <Td className="whitespace-nowrap font-mono text-xs">{f.basicCode || '—'}</Td>
              <Td>
                <TextLink href={`/admin/items/${f.itemId}`}>{f.name}</TextLink>
              </Td>
              <Td className="whitespace-nowrap">{tc(`level.${f.level}`)}</Td>
              <Td>{f.detail}</Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
