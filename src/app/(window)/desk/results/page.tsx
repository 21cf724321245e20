import { getFormatter, getTranslations } from '@/i18n/server';
import { Fact } from '@/components/ui/fact';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { TextLink } from '@/components/ui/text-link';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { caseQuerySchema } from '@/lib/applications/case-query';
import { keysetPageSchema } from '@/lib/paging';
import { listResultsToDeliverPage } from '@/lib/results/list-results-to-deliver';
import { DeliverForm } from './deliver-form';
import { titleFrom } from '@/app/page-title';
import { DeskCaseCard } from '@/components/applications/desk-case-card';

export const generateMetadata = titleFrom('delivery');

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
      ) : (
        <ul className="space-y-4">
          {items.map((a) => (
            <li key={a.id}>
              <DeskCaseCard
                application={a}
                facts={
                  <>
                    <Fact label={t('decision')}>
                      {a.decision && <Badge tone={a.decision === 'APPROVED' ? 'green' : 'red'}>{t(`decisions.${a.decision}`)}</Badge>}
                      {a.decidedAt && <span className="ml-2 text-slate-500">{format.dateTime(a.decidedAt, { dateStyle: 'short' })}</span>}
                    </Fact>
                    <Fact label={t('result')}>
                      {a.certificates.length > 0
                        ? a.certificates.map((c) => `${c.type} ${c.number}`).join('、')
                        : a.decision === 'APPROVED'
                          ? a.resultName
                          : t('denialNotice')}
                    </Fact>
                  </>
                }
              >
                <p className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
                  <span className="font-medium">{td('chosen')}：</span>
                  {a.deliveryChoice ? td(`methods.${a.deliveryChoice}`) : td('noChoice')}
                  {a.deliveryChoice === 'POST' && a.deliveryAddress && <span className="ml-2">{td('postTo', { address: a.deliveryAddress })}</span>}
                </p>
                <DeliverForm applicationId={a.id} receiverName={a.contactName} methods={a.methods} chosen={a.deliveryChoice} />
              </DeskCaseCard>
            </li>
          ))}
        </ul>
      )}
      <KeysetPager base={q ? `/desk/results?${new URLSearchParams({ q })}` : '/desk/results'} after={after} next={next} />
    </div>
  );
}
