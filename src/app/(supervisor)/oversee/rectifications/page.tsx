import { getTranslations } from '@/i18n/server';
import { RectificationTable } from '@/components/evaluation/rectification-table';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listRectifications } from '@/lib/evaluation/list-rectifications';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('ratings', 'superviseTitle');

export default async function SupervisorRectificationsPage() {
  const actor = await requirePageActor(['SUPERVISOR'], '/oversee/rectifications');
  const [t, rows] = await Promise.all([getTranslations('ratings'), listRectifications(actor)]);
  const overdue = rows.filter((r) => r.overdue).length;
  const review = rows.filter((r) => r.awaitingReview).length;
  return (
    <div>
      <PageHeader title={t('superviseTitle')} description={t('superviseDescription', { overdue, review })} />
      <RectificationTable rows={rows} base="/oversee/rectifications" />
    </div>
  );
}
