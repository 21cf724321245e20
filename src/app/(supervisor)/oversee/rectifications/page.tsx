import { getTranslations } from '@/i18n/server';
import { RectificationTable } from '@/components/evaluation/rectification-table';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { listRectificationsPage } from '@/lib/evaluation/list-rectifications';
import { keysetPageSchema } from '@/lib/paging';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('ratings', 'superviseTitle');

export default async function SupervisorRectificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['SUPERVISOR'], '/oversee/rectifications');
  const { after } = keysetPageSchema.parse(await searchParams);
  const [t, { open, closed, next }] = await Promise.all([getTranslations('ratings'), listRectificationsPage(actor, { after })]);
  const overdue = open.filter((r) => r.overdue).length;
  const review = open.filter((r) => r.awaitingReview).length;
  return (
    <div>
      <PageHeader title={t('superviseTitle')} description={t('superviseDescription', { overdue, review })} />
      {/* Every open rectification on the first page, then the closed ones, a page at a time. */}
      <RectificationTable rows={after ? closed : [...open, ...closed]} base="/oversee/rectifications" />
      <KeysetPager base="/oversee/rectifications" after={after} next={next} />
    </div>
  );
}
