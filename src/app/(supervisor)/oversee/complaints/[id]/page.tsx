import { notFound } from 'next/navigation';
import { getTranslations } from '@/i18n/server';
import { ComplaintList } from '@/components/complaints/complaint-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listComplaints } from '@/lib/complaints/list-complaints';
import { HandleComplaintForm } from './handle-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('complaints', 'handleTitle');

export default async function SupervisorComplaintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['SUPERVISOR'], `/oversee/complaints/${id}`);
  const [t, rows] = await Promise.all([getTranslations('complaints'), listComplaints(actor, new Date(), { complaintId: id })]);
  if (rows.length === 0) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('handleTitle')}
        actions={
          <>
            {rows[0].applicationId && (
              <ButtonLink href={`/oversee/applications/${rows[0].applicationId}`} variant="secondary">
                {t('viewCase')}
              </ButtonLink>
            )}
            <ButtonLink href="/oversee/complaints" variant="secondary">
              {t('backToList')}
            </ButtonLink>
          </>
        }
      />
      <ComplaintList rows={rows} />
      {rows[0].status !== 'ANSWERED' && <HandleComplaintForm complaintId={id} actorId={actor.id} assigned={rows[0].assignee !== null} />}
    </div>
  );
}
