import { StaffThreadPage } from '@/components/conversation/staff-thread-page';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { replyMessageAction } from '../actions';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('conversation');

export default async function MessageThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(WINDOW_ROLES, `/desk/messages/${id}`);
  return <StaffThreadPage actor={actor} applicationId={id} back="/desk/messages" action={replyMessageAction} />;
}
