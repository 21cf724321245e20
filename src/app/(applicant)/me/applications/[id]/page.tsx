import { getTranslations } from '@/i18n/server';
import { ApplicationDetails } from '@/components/applications/application-details';
import { NoticeLinks } from '@/components/applications/notice-links';
import { FormAlert } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/card';
import { getApplication } from '@/lib/applications/get-application';
import { requirePageActor } from '@/lib/auth/session';
import { getCorrectionNotice } from '@/lib/intake/get-correction-notice';
import { getMaterialRequest } from '@/lib/routing/get-material-request';
import { orNotFound } from '@/lib/page';
import { CorrectionAnswer } from './correction-answer';
import { MaterialRequestAnswer } from './material-request-answer';
import { ConversationPanel } from './conversation-panel';
import { RatingPanel } from './rating-panel';
import { ResultPanel } from './result-panel';
import { TrackingPanel } from './tracking-panel';
import { titleFrom } from '@/app/page-title';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string; corrected?: string; answered?: string }> };

export const generateMetadata = titleFrom('case');

export default async function MyApplicationPage({ params, searchParams }: Props) {
  const [{ id }, { submitted, corrected, answered }] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(['APPLICANT'], `/me/applications/${id}`);
  const application = await orNotFound(getApplication(actor, id));
  // Read only in the states that show them: a one-notice to answer, a department's request for more material.
  const [correction, materialRequest] = await Promise.all([
    application.status === 'CORRECTION_REQUIRED' ? getCorrectionNotice(actor, id) : null,
    application.status === 'SUSPENDED' ? getMaterialRequest(actor, id) : null,
  ]);
  const t = await getTranslations('case');
  const ti = await getTranslations('intake');
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} />
      {submitted && <FormAlert tone="success">{t('submittedNotice')}</FormAlert>}
      {corrected && <FormAlert tone="success">{ti('correction.done')}</FormAlert>}
      {answered && <FormAlert tone="success">{(await getTranslations('materialRequest'))('done')}</FormAlert>}
      {materialRequest && <MaterialRequestAnswer applicationId={application.id} request={materialRequest} />}
      {correction && !correction.answeredAt && <CorrectionAnswer applicationId={application.id} items={correction.items} note={correction.note} />}
      <NoticeLinks application={application} />
      <ResultPanel actor={actor} applicationId={application.id} />
      <ApplicationDetails application={application} />
      <TrackingPanel receiptNumber={application.receiptNumber} checkCode={application.checkCode} />
      <RatingPanel actor={actor} applicationId={application.id} />
      <ConversationPanel actor={actor} applicationId={application.id} />
    </div>
  );
}
