import { StaffThreadPage } from '@/components/conversation/staff-thread-page';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { replyMessageAction } from '../actions';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('conversation');

export default async function MessageThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(DEPARTMENT_ROLES, `/review/messages/${id}`);
  return <StaffThreadPage actor={actor} applicationId={id} back="/review/messages" action={replyMessageAction} />;
}
