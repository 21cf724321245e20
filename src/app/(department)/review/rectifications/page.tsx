import { getTranslations } from '@/i18n/server';
import { RectificationTable } from '@/components/evaluation/rectification-table';
import { PageHeader } from '@/components/ui/card';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { listRectifications } from '@/lib/evaluation/list-rectifications';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('ratings', 'rectificationsTitle');

export default async function DepartmentRectificationsPage() {
  const actor = await requirePageActor(DEPARTMENT_ROLES, '/review/rectifications');
  const [t, rows] = await Promise.all([getTranslations('ratings'), listRectifications(actor)]);
  return (
    <div>
      <PageHeader title={t('rectificationsTitle')} description={t('departmentDescription')} />
      <RectificationTable rows={rows} base="/review/rectifications" />
    </div>
  );
}
