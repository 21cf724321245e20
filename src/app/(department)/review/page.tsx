import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { listDepartmentTasks } from '@/lib/routing/list-department-tasks';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('review'))('title') };
}

export default async function ReviewInbox({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const { view } = await searchParams;
  const actor = await requirePageActor(DEPARTMENT_ROLES, '/review');
  const done = view === 'done';
  const [t, format, tasks] = await Promise.all([getTranslations(), getFormatter(), listDepartmentTasks(actor, { status: done ? 'DONE' : 'OPEN' })]);
  const now = new Date();
  const tab = (active: boolean) => `rounded-md px-3 py-2 text-sm font-medium ${active ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50'}`;
  return (
    <div>
      <PageHeader title={t('review.title')} description={t('review.description')} />
      <nav aria-label={t('review.views')} className="mb-4 flex gap-2">
        <Link href="/review" className={tab(!done)} aria-current={!done ? 'page' : undefined}>
          {t('review.open')}
        </Link>
        <Link href="/review?view=done" className={tab(done)} aria-current={done ? 'page' : undefined}>
          {t('review.done')}
        </Link>
      </nav>
      {tasks.length === 0 ? (
        <EmptyState>{t('review.empty')}</EmptyState>
      ) : (
        <Table caption={t('review.title')} head={[t('review.item'), t('review.receiptNumber'), t('review.stage'), done ? t('review.decidedAt') : t('review.due'), t('review.status')]}>
          {tasks.map((task) => (
            <tr key={task.id}>
              <Td>
                <Link href={`/review/tasks/${task.id}`} className="font-medium text-brand-700 hover:underline">
                  {task.itemName}
                </Link>
                <span className="block text-xs text-slate-500">{task.applicantName}</span>
              </Td>
              <Td className="whitespace-nowrap font-mono text-xs">{task.receiptNumber}</Td>
              <Td>{task.stageName}</Td>
              <Td className="whitespace-nowrap">
                {format.dateTime((done ? task.decidedAt : task.dueAt) ?? now, { dateStyle: 'short', timeStyle: 'short' })}
                {!done && task.dueAt && task.dueAt < now && (
                  <span className="ml-2">
                    <Badge tone="red">{t('warning.RED')}</Badge>
                  </span>
                )}
              </Td>
              <Td>
                <Badge tone={task.status === 'DENIED' ? 'red' : task.status === 'APPROVED' ? 'green' : 'blue'}>{t(`taskStatus.${task.status}`)}</Badge>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
