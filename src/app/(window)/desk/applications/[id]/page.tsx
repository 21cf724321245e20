import { getTranslations } from '@/i18n/server';
import { ApplicationDetails } from '@/components/applications/application-details';
import { NoticeLinks } from '@/components/applications/notice-links';
import { PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { getApplication } from '@/lib/applications/get-application';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { getCorrectionNotice } from '@/lib/intake/get-correction-notice';
import { orNotFound } from '@/lib/page';
import { IntakeDecision } from './intake-decision';
import { WindowCorrection } from './window-correction';
import { titleFrom } from '@/app/page-title';
import { BackLink } from '@/components/layout/back-link';

export const generateMetadata = titleFrom('desk', 'reviewTitle');

const doneMessages = { accepted: 'accepted', correction: 'correctionSent', rejected: 'rejected' } as const;

export default async function DeskApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(WINDOW_ROLES, `/desk/applications/${id}`);
  const application = await orNotFound(getApplication(actor, id));
  const correction = await getCorrectionNotice(actor, id);
  const t = await getTranslations('desk');
  return (
    <div className="space-y-4">
      <BackLink href="/desk">{t('backToQueue')}</BackLink>
      <PageHeader title={t('reviewTitle')} />
      {done === 'registered' && <FormAlert tone="success">{(await getTranslations('intake.walkIn'))('registered')}</FormAlert>}
      {done === 'correctedAtWindow' && <FormAlert tone="success">{(await getTranslations('windowCorrection'))('done')}</FormAlert>}
      {done && done in doneMessages && (
        <FormAlert tone="success">
          {/* A case without stages (即办件) was not sent to any department: it is decided at the window. */}
          {t(done === 'accepted' && application.status === 'ACCEPTED' ? 'acceptedAtWindow' : doneMessages[done as keyof typeof doneMessages], {
            receiptNumber: application.receiptNumber ?? '',
          })}
        </FormAlert>
      )}
      <NoticeLinks application={application} />
      <ApplicationDetails application={application}>
        {application.status === 'CORRECTION_REQUIRED' && correction && !correction.answeredAt && (
          <WindowCorrection applicationId={application.id} items={correction.items} note={correction.note} />
        )}
        {application.status === 'SUBMITTED' && (
          <IntakeDecision applicationId={application.id} materials={application.materials.map((m) => ({ id: m.id, name: m.name, status: m.status }))} />
        )}
      </ApplicationDetails>
    </div>
  );
}
