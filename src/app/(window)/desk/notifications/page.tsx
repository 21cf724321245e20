import { NotificationsPage } from '@/components/notifications/notifications-page';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { notificationPageSchema } from '@/lib/notify/schemas';
import { markNotificationsReadAction } from '@/app/notifications-actions';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('notifications');

export default async function Notifications({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor(WINDOW_ROLES, '/desk/notifications');
  const { after } = notificationPageSchema.parse(await searchParams);
  return <NotificationsPage actor={actor} after={after} base="/desk/notifications" action={markNotificationsReadAction} />;
}
