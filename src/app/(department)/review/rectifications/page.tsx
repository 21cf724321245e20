import { getTranslations } from '@/i18n/server';
import { RectificationTable } from '@/components/evaluation/rectification-table';
import { PageHeader } from '@/components/ui/card';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { listRectificationsPage } from '@/lib/evaluation/list-rectifications';
import { keysetPageSchema } from '@/lib/paging';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('ratings', 'rectificationsTitle');

export default async function DepartmentRectificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(DEPARTMENT_ROLES, '/review/rectifications');
  const { after } = keysetPageSchema.parse(await searchParams);
  const [t, { open, closed, next }] = await Promise.all([getTranslations('ratings'), listRectificationsPage(actor, { after })]);
  return (
    <div>
      <PageHeader title={t('rectificationsTitle')} description={t('departmentDescription')} />
      {/* Every open rectification on the first page, then the closed ones, a page at a time. */}
      <RectificationTable rows={after ? closed : [...open, ...closed]} base="/review/rectifications" />
      <KeysetPager base="/review/rectifications" after={after} next={next} />
    </div>
  );
}
