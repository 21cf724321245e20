import { getTranslations } from '@/i18n/server';
import { ComplaintList } from '@/components/complaints/complaint-list';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { listComplaintsPage } from '@/lib/complaints/list-complaints';
import { keysetPageSchema } from '@/lib/paging';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('complaints', 'superviseTitle');

export default async function SupervisorComplaintsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['SUPERVISOR'], '/oversee/complaints');
  const { after } = keysetPageSchema.parse(await searchParams);
  const [t, { open, answered, next }] = await Promise.all([getTranslations('complaints'), listComplaintsPage(actor, { after })]);
  return (
    <div>
      <PageHeader title={t('superviseTitle')} description={t('superviseDescription', { open: open.length, overdue: open.filter((r) => r.overdue).length })} />
      {/* Every open complaint on the first page, then the answered ones, a page at a time. */}
      <ComplaintList rows={after ? answered : [...open, ...answered]} base="/oversee/complaints" />
      <KeysetPager base="/oversee/complaints" after={after} next={next} />
    </div>
  );
}
