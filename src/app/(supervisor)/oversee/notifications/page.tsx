import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotificationsPage } from '@/components/notifications/notifications-page';
import { requirePageActor } from '@/lib/auth/session';
import { notificationPageSchema } from '@/lib/notify/schemas';
import { markNotificationsReadAction } from '@/app/notifications-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications'))('title') };
}

export default async function Notifications({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor(['SUPERVISOR', 'ADMIN'], '/oversee/notifications');
  const { after } = notificationPageSchema.parse(await searchParams);
  return <NotificationsPage actor={actor} after={after} base="/oversee/notifications" action={markNotificationsReadAction} />;
}
