import { UnansweredPage } from '@/components/conversation/unanswered-list';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('conversation', 'unansweredTitle');

export default async function UnansweredMessagesPage() {
  return <UnansweredPage actor={await requirePageActor(DEPARTMENT_ROLES, '/review/messages')} base="/review/messages" />;
}
