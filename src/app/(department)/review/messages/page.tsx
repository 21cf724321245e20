import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UnansweredList } from '@/components/conversation/unanswered-list';
import { PageHeader } from '@/components/ui/card';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conversation'))('unansweredTitle') };
}

export default async function UnansweredMessagesPage() {
  const actor = await requirePageActor(DEPARTMENT_ROLES, '/review/messages');
  const t = await getTranslations('conversation');
  return (
    <div>
      <PageHeader title={t('unansweredTitle')} description={t('unansweredDescription')} />
      <UnansweredList actor={actor} base="/review/messages" />
    </div>
  );
}
