import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from '@/i18n/server';
import { ExportLinks } from '@/components/layout/export-links';
import { PageHeader } from '@/components/ui/card';
import { Td } from '@/components/ui/table';
import { TableOrEmpty } from '@/components/layout/table-or-empty';
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
          <ExportLinks
            href="/admin/quality/export"
            formats={[
              { format: 'xlsx', label: t('exportXlsx') },
              { format: 'csv', label: t('exportCsv') },
            ]}
          />
        }
      />
      <p className="mb-2 text-sm text-slate-600">{t('count', { count: findings.length })}</p>
      <TableOrEmpty
        rows={findings}
        empty={t('none')}
        caption={t('title')}
        head={[t('col.kind'), t('col.code'), t('col.name'), t('col.level'), t('col.detail')]}
      >
        {(f, i) => (
          <tr key={i}>
            <Td className="whitespace-nowrap">{t(`kind.${f.kind}`)}</Td>
            <Td className="whitespace-nowrap font-mono text-xs">{f.basicCode || '—'}</Td>
            <Td>
              <TextLink href={`/admin/items/${f.itemId}`}>{f.name}</TextLink>
            </Td>
            <Td className="whitespace-nowrap">{tc(`level.${f.level}`)}</Td>
            {/* The depth with its name, 2（表格下载）, not a bare 2. */}
            <Td>{f.kind === 'LOW_ONLINE_DEPTH' ? tc('punctuation.aside', { text: f.detail, aside: tc(`onlineDepth.${f.detail}`) }) : f.detail}</Td>
          </tr>
        )}
      </TableOrEmpty>
    </div>
  );
}
