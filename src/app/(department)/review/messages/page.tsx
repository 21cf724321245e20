import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UnansweredPage } from '@/components/conversation/unanswered-list';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conversation'))('unansweredTitle') };
}

export default async function UnansweredMessagesPage() {
  return <UnansweredPage actor={await requirePageActor(DEPARTMENT_ROLES, '/review/messages')} base="/review/messages" />;
}
