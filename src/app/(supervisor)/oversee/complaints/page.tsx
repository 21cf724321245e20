import { getTranslations } from '@/i18n/server';
import { ComplaintList } from '@/components/complaints/complaint-list';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listComplaints } from '@/lib/complaints/list-complaints';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('complaints', 'superviseTitle');

export default async function SupervisorComplaintsPage() {
  const actor = await requirePageActor(['SUPERVISOR'], '/oversee/complaints');
  const [t, rows] = await Promise.all([getTranslations('complaints'), listComplaints(actor)]);
  return (
    <div>
      <PageHeader
        title={t('superviseTitle')}
        description={t('superviseDescription', { open: rows.filter((r) => r.status !== 'ANSWERED').length, overdue: rows.filter((r) => r.overdue).length })}
      />
      <ComplaintList rows={rows} base="/oversee/complaints" />
    </div>
  );
}
