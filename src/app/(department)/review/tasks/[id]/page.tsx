import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ApplicationDetails } from '@/components/applications/application-details';
import { PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { getApplication } from '@/lib/applications/get-application';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { orNotFound } from '@/lib/page';
import { getDepartmentTask } from '@/lib/routing/list-department-tasks';
import { DecideForm } from './decide-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('review'))('taskTitle') };
}

export default async function TaskPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(DEPARTMENT_ROLES, `/review/tasks/${id}`);
  const task = await orNotFound(getDepartmentTask(actor, id));
  const application = await orNotFound(getApplication(actor, task.applicationId));
  const t = await getTranslations('review');
  return (
    <div className="space-y-4">
      <Link href="/review" className="text-sm text-brand-700 underline">
        ← {t('backToInbox')}
      </Link>
      <PageHeader title={`${t('taskTitle')} · ${task.stageName}`} />
      {done && task.status !== 'OPEN' && <FormAlert tone="success">{t('decided')}</FormAlert>}
      <ApplicationDetails application={application}>{task.status === 'OPEN' && <DecideForm taskId={task.id} />}</ApplicationDetails>
    </div>
  );
}
