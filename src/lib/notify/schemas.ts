import { z } from 'zod';

// Keyset cursor "<createdAt ISO>_<id>" of the last notification of the previous page.
export const NOTIFICATION_CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([\w-]{1,40})$/;

export const notificationPageSchema = z.object({
  after: z.string().max(80).regex(NOTIFICATION_CURSOR).optional().catch(undefined),
});

export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const markNotificationsReadSchema = z.object({
  // The newest unread notification the person saw: one that arrives after it stays unread.
  upTo: z.iso.datetime(),
});

export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadSchema>;
