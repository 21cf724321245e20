import { getFormatter, getTranslations } from '@/i18n/server';
import { Fact } from '@/components/ui/fact';
import { Badge, TrailingBadge } from '@/components/ui/badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { listImmediateItems } from '@/lib/routing/list-immediate-items';
import { ProposeForm, ReviewForm } from './forms';
import { titleFrom } from '@/app/page-title';
import { DeskCaseCard } from '@/components/applications/desk-case-card';

export const generateMetadata = titleFrom('immediate');

export default async function ImmediatePage({ searchParams }: { searchParams: Promise<{ done?: string; case?: string }> }) {
  const { done, case: justAccepted } = await searchParams;
  const actor = await requirePageActor(WINDOW_ROLES, '/desk/immediate');
  const [t, format, items] = await Promise.all([getTranslations('immediate'), getFormatter(), listImmediateItems(actor)]);
  // Just accepted at this window: its card comes first, marked, with the opinion field ready.
  const accepted = items.find((a) => a.id === justAccepted);
  if (accepted) items.sort((a, b) => (a === accepted ? -1 : b === accepted ? 1 : 0));
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' }) : '—');
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('description')} />
      {done === 'confirmed' && <FormAlert tone="success">{t('confirmed')}</FormAlert>}
      {done === 'accepted' && accepted && (
        <FormAlert tone="success">{t('accepted', { receiptNumber: accepted.receiptNumber ?? '', item: accepted.itemName })}</FormAlert>
      )}
      {done === 'returned' && <FormAlert tone="success">{t('returnedDone')}</FormAlert>}
      {items.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {items.map((a) => {
            const pending = a.proposal?.status === 'PROPOSED' ? a.proposal : null;
            return (
              <li key={a.id} id={`case-${a.id}`} className="scroll-mt-4">
                <DeskCaseCard
                  application={a}
                  className={a === accepted ? 'ring-2 ring-brand-600' : ''}
                  facts={
                    <>
                      <Fact label={t('acceptedAt')}>{when(a.acceptedAt)}</Fact>
                      <Fact label={t('result')}>
                        {a.resultName}
                        {a.yieldsCertificate && <TrailingBadge tone="blue">{t('certificate')}</TrailingBadge>}
                      </Fact>
                    </>
                  }
                >
                  <div className="border-t border-slate-100 pt-4">
                    {pending ? (
                      <div className="space-y-3">
                        <p className="text-sm">
                          <span className="mr-2 font-medium">{t('proposal')}:</span>
                          <Badge tone={pending.decision === 'APPROVED' ? 'green' : 'red'}>{t(pending.decision)}</Badge>
                          <span className="ml-2 text-slate-500">{t('proposedBy', { name: pending.proposedByName, at: when(pending.proposedAt) })}</span>
                        </p>
                        {pending.opinion && <p className="whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-sm">{pending.opinion}</p>}
                        {actor.role !== 'WINDOW_LEAD' ? (
                          <p className="text-sm text-slate-600">{t('waitingLead')}</p>
                        ) : pending.mine ? (
                          <p className="text-sm text-slate-600">{t('ownProposal')}</p>
                        ) : (
                          <ReviewForm proposalId={pending.id} />
                        )}
                      </div>
                    ) : (
                      <div className="space-y-3">
                        {a.proposal?.status === 'RETURNED' && <FormAlert>{t('returned', { note: a.proposal.reviewNote ?? '' })}</FormAlert>}
                        <ProposeForm applicationId={a.id} autoFocus={a === accepted} />
                      </div>
                    )}
                  </div>
                </DeskCaseCard>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
