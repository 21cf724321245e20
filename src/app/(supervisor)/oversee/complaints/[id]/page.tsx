import { notFound } from 'next/navigation';
import { getTranslations } from '@/i18n/server';
import { ComplaintList } from '@/components/complaints/complaint-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { getComplaintRow } from '@/lib/complaints/list-complaints';
import { HandleComplaintForm } from './handle-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('complaints', 'handleTitle');

export default async function SupervisorComplaintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['SUPERVISOR'], `/oversee/complaints/${id}`);
  const [t, row] = await Promise.all([getTranslations('complaints'), getComplaintRow(actor, id)]);
  if (!row) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('handleTitle')}
        actions={
          <>
            {row.applicationId && (
              <ButtonLink href={`/oversee/applications/${row.applicationId}`} variant="secondary">
                {t('viewCase')}
              </ButtonLink>
            )}
            <ButtonLink href="/oversee/complaints" variant="secondary">
              {t('backToList')}
            </ButtonLink>
          </>
        }
      />
      <ComplaintList rows={[row]} />
      {row.status !== 'ANSWERED' && <HandleComplaintForm complaintId={id} actorId={actor.id} assigned={row.assignee !== null} />}
    </div>
  );
}
