import 'server-only';
/** Whose notifications: only the reader's own id matters (notify depends on no other module's types). */
type Reader = { id: string };
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Locale } from '@/i18n/config';
import { messageText } from './render-message';
import { NOTIFICATION_CURSOR, type NotificationPage } from './schemas';

function cursorOf(after: string | undefined): { createdAt: Date; id: string } | null {
  const m = after?.match(NOTIFICATION_CURSOR);
  if (!m) return null;
  const createdAt = new Date(m[1]);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: m[2] };
}

/**
 * The actor's own in-app inbox, newest first, one page at a time. Pages follow
 * a (createdAt, id) keyset rather than an offset, so a page deep in a long
 * inbox costs the same as the first and a message arriving meanwhile does not
 * shift the next page.
 */
export async function listNotifications(actor: Reader, page: NotificationPage & { take?: number; locale?: Locale } = {}) {
  const take = page.take ?? 20;
  const cursor = cursorOf(page.after);
  // In SQL rather than Prisma: every signed-in person's overview reads it on every visit (docs/performance.md).
  const after = cursor ? Prisma.sql`AND ("createdAt", id) < (${cursor.createdAt.toISOString()}::timestamp, ${cursor.id})` : Prisma.empty;
  const rows = await db.$queryRaw<
    {
      id: string;
      title: string;
      body: string;
      messageKey: string | null;
      messageValues: string | null;
      link: string | null;
      createdAt: Date;
      readAt: Date | null;
    }[]
  >`
    SELECT id, title, body, "messageKey", "messageValues"::text AS "messageValues", link, "createdAt", "readAt"
    FROM "Notification"
    WHERE "userId" = ${actor.id} ${after}
    ORDER BY "createdAt" DESC, id DESC
    LIMIT ${take + 1}`;
  // In the reader's language where the message has a key; older messages as they were written.
  const notifications = rows.slice(0, take).map(({ messageKey, messageValues, ...n }) => {
    const values: unknown = messageValues === null ? null : JSON.parse(messageValues);
    const text = messageText(page.locale ?? 'zh-CN', { messageKey, messageValues: values, subject: n.title, body: n.body });
    return { ...n, title: text.subject, body: text.body };
  });
  const last = notifications.at(-1);
  return { notifications, next: rows.length > take && last ? `${last.createdAt.toISOString()}_${last.id}` : null };
}
