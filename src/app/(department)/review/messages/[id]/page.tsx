import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StaffThreadPage } from '@/components/conversation/staff-thread-page';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { replyMessageAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conversation'))('title') };
}

export default async function MessageThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(DEPARTMENT_ROLES, `/review/messages/${id}`);
  return <StaffThreadPage actor={actor} applicationId={id} back="/review/messages" action={replyMessageAction} />;
}
