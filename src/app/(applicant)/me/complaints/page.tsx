import { getTranslations } from '@/i18n/server';
import { ComplaintList } from '@/components/complaints/complaint-list';
import { FormBesideList } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listComplaintTargets } from '@/lib/complaints/list-complaint-targets';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { listComplaintsPage } from '@/lib/complaints/list-complaints';
import { keysetPageSchema } from '@/lib/paging';
import { ComplaintForm } from './complaint-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('complaints');

export default async function MyComplaintsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['APPLICANT', 'CLERK', 'WINDOW_LEAD', 'REVIEWER', 'DEPT_HEAD', 'ADMIN'], '/me/complaints');
  const { after } = keysetPageSchema.parse(await searchParams);
  const [t, targets, { open, answered, next }] = await Promise.all([
    getTranslations('complaints'),
    listComplaintTargets(actor),
    listComplaintsPage(actor, { after }),
  ]);
  return (
    <FormBesideList
      title={t('title')}
      description={t('description')}
      form={<ComplaintForm applications={targets.applications} windows={targets.windows.map((w) => ({ id: w.id, label: w.name }))} staff={targets.staff} />}
      listId="my-complaints"
      listTitle={t('mine')}
    >
      <ComplaintList rows={after ? answered : [...open, ...answered]} />
      <KeysetPager base="/me/complaints" after={after} next={next} />
    </FormBesideList>
  );
}
