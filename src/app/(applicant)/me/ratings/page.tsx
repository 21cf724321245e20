import { TextLink } from '@/components/ui/text-link';
import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { Table, LinkCell, Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { listMyRatingsPage } from '@/lib/evaluation/list-my-ratings';
import { keysetPageSchema } from '@/lib/paging';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('ratings', 'myTitle');

export default async function MyRatingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['APPLICANT'], '/me/ratings');
  const { after } = keysetPageSchema.parse(await searchParams);
  const [t, format, { rows, next }] = await Promise.all([getTranslations('ratings'), getFormatter(), listMyRatingsPage(actor, { after })]);
  return (
    <div>
      <PageHeader title={t('myTitle')} description={t('myDescription')} />
      {rows.length === 0 ? (
        <EmptyState>{t('noOccasions')}</EmptyState>
      ) : (
        <Table cards caption={t('myTitle')} head={[t('itemCol'), t('occasionCol'), t('ratingCol'), t('outcome')]}>
          {rows.map((r) => (
            <tr key={`${r.applicationId}-${r.occasion}`}>
              <LinkCell
                href={`/me/applications/${r.applicationId}`}
                title={r.itemName}
                detail={r.receiptNumber}
                detailClassName="block font-mono text-xs text-slate-500"
              />
              <Td>{t(`occasion.${r.occasion}`)}</Td>
              <Td className="whitespace-nowrap">
                {r.evaluation ? (
                  <>
                    {t(`level.${r.evaluation.overall}`)}
                    <span className="block text-xs text-slate-500">{format.dateTime(r.evaluation.createdAt, { dateStyle: 'medium' })}</span>
                  </>
                ) : (
                  <TextLink href={`/me/applications/${r.applicationId}`}>{t('rateNow')}</TextLink>
                )}
              </Td>
              <Td>
                {r.evaluation?.rectification ? (
                  <>
                    <Badge tone={r.evaluation.rectification.closedAt ? 'green' : 'yellow'}>{t(`rectification.${r.evaluation.rectification.status}`)}</Badge>
                    {r.evaluation.rectification.closedAt && <span className="mt-1 block text-sm">{r.evaluation.rectification.outcome}</span>}
                  </>
                ) : (
                  '—'
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <KeysetPager base="/me/ratings" after={after} next={next} />
    </div>
  );
}
