import { getFormatter, getTranslations } from '@/i18n/server';
import { Fact } from '@/components/ui/fact';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { listResultsToDeliver } from '@/lib/results/list-results-to-deliver';
import { DeliverForm } from './deliver-form';
import { titleFrom } from '@/app/page-title';
import { DeskCaseCard } from '@/components/applications/desk-case-card';

export const generateMetadata = titleFrom('delivery');

export default async function ResultsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const actor = await requirePageActor(WINDOW_ROLES, '/desk/results');
  const [t, td, format, items] = await Promise.all([
    getTranslations('delivery'),
    getTranslations('resultDelivery'),
    getFormatter(),
    listResultsToDeliver(actor),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      {done && <FormAlert tone="success">{t('done')}</FormAlert>}
      {items.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
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
    </div>
  );
}
