import { getFormatter, getTranslations } from '@/i18n/server';
import { Fact } from '@/components/ui/fact';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { Table } from '@/components/ui/table';
import { TextLink } from '@/components/ui/text-link';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { caseQuerySchema } from '@/lib/applications/case-query';
import { keysetPageSchema } from '@/lib/paging';
import { listResultsToDeliverPage } from '@/lib/results/list-results-to-deliver';
import { DeliverForm } from './deliver-form';
import { ResultRows, type ResultRow } from './result-rows';
import { titleFrom } from '@/app/page-title';
import { DeskCaseCard } from '@/components/applications/desk-case-card';

export const generateMetadata = titleFrom('delivery');

/**
 * The result window's handover list. The person at the window gives a receipt number, a name or an ID
 * number; the one case found is shown with its delivery form. A longer list is a table of 20 a page
 * whose rows lead to that one case by its receipt number (a form in every row weighed 133 KB), drawn
 * in the browser from data (result-rows.tsx).
 */
export default async function ResultsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const actor = await requirePageActor(WINDOW_ROLES, '/desk/results');
  const { after } = keysetPageSchema.parse(params);
  const q = caseQuerySchema.parse(params.q) || undefined;
  const [t, td, format, { rows: items, next }] = await Promise.all([
    getTranslations('delivery'),
    getTranslations('resultDelivery'),
    getFormatter(),
    listResultsToDeliverPage(actor, { q, after }),
  ]);
  type Item = (typeof items)[number];
  const decidedOn = (a: Item) => (a.decidedAt ? format.dateTime(a.decidedAt, { dateStyle: 'short' }) : '');
  const result = (a: Item) =>
    a.certificates.length > 0 ? a.certificates.map((c) => `${c.type} ${c.number}`).join('、') : a.decision === 'APPROVED' ? a.resultName : t('denialNotice');
  const choice = (a: Item) =>
    a.deliveryChoice === 'POST' && a.deliveryAddress
      ? `${td('methods.POST')} ${td('postTo', { address: a.deliveryAddress })}`
      : a.deliveryChoice
        ? td(`methods.${a.deliveryChoice}`)
        : td('noChoice');
  const one = items.length === 1 && !after ? items[0] : null;
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      {params.done && <FormAlert tone="success">{t('done')}</FormAlert>}
      <form method="get" action="/desk/results" role="search" aria-label={t('search')} className="flex flex-wrap items-end gap-3" noValidate>
        <label className="control-label w-full sm:w-96">
          {t('search')}
          <input type="search" name="q" defaultValue={q ?? ''} maxLength={60} autoComplete="off" placeholder={t('searchPlaceholder')} className="control" />
        </label>
        <button type="submit" className="btn btn-primary">
          {t('searchSubmit')}
        </button>
        {q && (
          <TextLink href="/desk/results" className="py-2 text-sm">
            {t('searchClear')}
          </TextLink>
        )}
      </form>
      {items.length === 0 ? (
        <EmptyState>{q ? t('searchNone') : t('empty')}</EmptyState>
      ) : one ? (
        <ul>
          <li>
            <DeskCaseCard
              application={one}
              facts={
                <>
                  <Fact label={t('decision')}>
                    {one.decision && <Badge tone={one.decision === 'APPROVED' ? 'green' : 'red'}>{t(`decisions.${one.decision}`)}</Badge>}
                    <span className="ml-2 text-slate-500">{decidedOn(one)}</span>
                  </Fact>
                  <Fact label={t('result')}>{result(one)}</Fact>
                </>
              }
            >
              <p className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
                <span className="font-medium">{td('chosen')}：</span>
                {choice(one)}
              </p>
              <DeliverForm applicationId={one.id} receiverName={one.contactName} methods={one.methods} chosen={one.deliveryChoice} />
            </DeskCaseCard>
          </li>
        </ul>
      ) : (
        <Table cards caption={t('title')} head={[t('case'), t('applicant'), t('decision'), td('chosen'), t('actions')]}>
          <ResultRows
            rows={items.map((a): ResultRow => ({
              a: a.id,
              i: a.itemName,
              n: a.receiptNumber,
              r: result(a),
              p: a.applicantName,
              d: a.decision,
              t: decidedOn(a),
              c: choice(a),
            }))}
          />
        </Table>
      )}
      <KeysetPager base={q ? `/desk/results?${new URLSearchParams({ q })}` : '/desk/results'} after={after} next={next} />
    </div>
  );
}
