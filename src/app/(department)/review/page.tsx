import Link from '@/components/ui/link';
import { getFormatter, getTranslations } from '@/i18n/server';
import { ProvisionalDueNote, StoppedClockNote } from '@/components/clock/stopped-clock-note-server';
import { Badge } from '@/components/ui/badge';
import { DeadlineBadge } from '@/components/clock/deadline-badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, LinkCell, Td } from '@/components/ui/table';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { keysetPageSchema } from '@/lib/paging';
import { listDepartmentTasksPage } from '@/lib/routing/list-department-tasks';
import { taskFilterSchema } from '@/lib/routing/schemas';
import { titleFrom } from '@/app/page-title';

const VIEWS = ['OPEN', 'MINE', 'DUE_SOON', 'OVERDUE', 'DONE'] as const;

export const generateMetadata = titleFrom('review');

export default async function ReviewInbox({ searchParams }: { searchParams: Promise<{ view?: string; after?: string }> }) {
  const { view, ...rest } = await searchParams;
  const { after } = keysetPageSchema.parse(rest);
  const actor = await requirePageActor(DEPARTMENT_ROLES, '/review');
  // `?view=done` is the link of the earlier inbox; the other views are the filter names.
  const status = taskFilterSchema.parse({ status: view === 'done' ? 'DONE' : view }).status;
  const done = status === 'DONE';
  const [t, format, { rows: tasks, next }] = await Promise.all([getTranslations(), getFormatter(), listDepartmentTasksPage(actor, { status }, { after })]);
  const now = new Date();
  const tab = (active: boolean) =>
    `rounded-md px-3 py-2 text-sm font-medium ${active ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50'}`;
  return (
    <div>
      <PageHeader title={t('review.title')} description={t('review.description')} />
      <nav aria-label={t('review.views')} className="mb-4 flex flex-wrap gap-2">
        {VIEWS.map((v) => (
          <Link key={v} href={v === 'OPEN' ? '/review' : `/review?view=${v}`} className={tab(status === v)} aria-current={status === v ? 'page' : undefined}>
            {t(`taskWork.filters.${v}`)}
          </Link>
        ))}
      </nav>
      {tasks.length === 0 ? (
        <EmptyState>{t('review.empty')}</EmptyState>
      ) : (
        <Table
          cards
          caption={t('review.title')}
          head={[
            t('review.item'),
            t('review.receiptNumber'),
            t('review.stage'),
            done ? t('review.decidedAt') : t('review.due'),
            t('taskWork.assignee'),
            t('review.status'),
          ]}
        >
          {tasks.map((task) => (
            <tr key={task.id}>
              <LinkCell href={`/review/tasks/${task.id}`} title={task.itemName} detail={task.applicantName} />
              <Td className="whitespace-nowrap font-mono text-xs">{task.receiptNumber}</Td>
              <Td>{task.stageName}</Td>
              <Td className="whitespace-nowrap">
                {format.dateTime((done ? task.decidedAt : task.dueAt) ?? now, { dateStyle: 'short', timeStyle: 'short' })}
                {!done && task.warning && <DeadlineBadge warning={task.warning} t={t} />}
                <ProvisionalDueNote provisional={task.provisional} />
                <StoppedClockNote stopped={task.stopped} />
              </Td>
              <Td>{task.assignee?.name ?? <span className="text-slate-500">{t('taskWork.unassigned')}</span>}</Td>
              <Td>
                <Badge tone={task.status === 'DENIED' ? 'red' : task.status === 'APPROVED' ? 'green' : 'blue'}>{t(`taskStatus.${task.status}`)}</Badge>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <KeysetPager base={status === 'OPEN' ? '/review' : `/review?view=${status}`} after={after} next={next} />
    </div>
  );
}
