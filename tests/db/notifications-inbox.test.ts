import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { countUnreadNotifications } from '@/lib/notify/count-unread-notifications';
import { deliverOutbox } from '@/lib/notify/deliver-outbox';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { listNotifications } from '@/lib/notify/list-notifications';
import { markNotificationsRead } from '@/lib/notify/mark-notifications-read';
import { notificationPageSchema } from '@/lib/notify/schemas';
import { actorOf } from '../support/factories';

const base = new Date('2026-11-23T02:00:00.000Z');
const minutes = (n: number) => new Date(base.getTime() + n * 60_000);

/** `count` notifications for a person, one a minute from `base`, plus three at the same instant (ties broken by id). */
async function inboxOf(actor: Actor, count: number, title: string) {
  await db.notification.createMany({
    data: Array.from({ length: count }, (_, i) => ({ userId: actor.id, title: `${title} ${i}`, body: '正文', link: `/x/${i}`, createdAt: minutes(i) })),
  });
  await db.notification.createMany({
    data: [0, 1, 2].map((i) => ({ userId: actor.id, title: `${title} 同时 ${i}`, body: '正文', createdAt: minutes(5) })),
  });
}

/** Every page of an inbox, following `next` until it ends. */
async function allPages(actor: Actor, take: number) {
  const pages: string[][] = [];
  let after: string | undefined;
  do {
    const page = await listNotifications(actor, { take, after });
    pages.push(page.notifications.map((n) => n.id));
    after = page.next ?? undefined;
  } while (after && pages.length < 20);
  return pages;
}

describe('the in-app inbox', () => {
  it('shows a person only their own messages, newest first, over keyset pages', async () => {
    const [zhang, company, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('qiye'), actorOf('clerk')]);
    await inboxOf(zhang, 22, '张三的消息');
    await inboxOf(company, 7, '企业的消息');

    const expected = (
      await db.notification.findMany({ where: { userId: zhang.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } })
    ).map((n) => n.id);
    expect(expected).toHaveLength(25);

    const pages = await allPages(zhang, 10);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    // Every message exactly once, in order, across the page boundaries (including the three at one instant).
    expect(pages.flat()).toEqual(expected);

    const first = await listNotifications(zhang, { take: 10 });
    expect(first.notifications[0]).toMatchObject({ title: '张三的消息 21', link: '/x/21', readAt: null });
    expect(first.notifications.every((n) => n.title.startsWith('张三'))).toBe(true);

    // Another person's inbox never shows these, whatever cursor they pass.
    const theirs = await allPages(company, 4);
    expect(theirs.flat()).toHaveLength(10);
    expect(theirs.flat().some((id) => expected.includes(id))).toBe(false);
    const foreignCursor = first.next!;
    const probed = await listNotifications(company, { take: 50, after: foreignCursor });
    expect(probed.notifications.every((n) => n.title.startsWith('企业'))).toBe(true);
    expect((await listNotifications(clerk)).notifications).toEqual([]);

    // A malformed cursor from the address bar falls back to the first page.
    expect(notificationPageSchema.parse({ after: "1' OR 1=1" }).after).toBeUndefined();
    expect(notificationPageSchema.parse({ after: foreignCursor }).after).toBe(foreignCursor);
  });

  it('brings staff their messages from the outbox and marks only their own read, up to what they saw', async () => {
    const [clerk, lead, zhang] = await Promise.all([actorOf('clerk'), actorOf('lead'), actorOf('zhangsan')]);
    await db.$transaction(async (tx) => {
      await enqueueMessage(tx, { recipientId: clerk.id, subject: '新的网上申请待受理', body: '普通护照签发', link: '/desk/applications/a1' });
      await enqueueMessage(tx, { recipientId: clerk.id, subject: '申请人留言', body: '请问何时受理？', link: '/desk/messages/a1' });
      await enqueueMessage(tx, { recipientId: lead.id, subject: '即办件待确认', body: '一审一核', link: '/desk/immediate' });
      await enqueueMessage(tx, { recipientId: zhang.id, subject: '已受理', body: '您的申请已受理' });
    });
    await deliverOutbox();

    const inbox = await listNotifications(clerk);
    expect(inbox.notifications.map((n) => n.title).sort()).toEqual(['新的网上申请待受理', '申请人留言'].sort());
    expect(inbox.next).toBeNull();
    const unread = await countUnreadNotifications(clerk);
    expect(unread.count).toBe(2);
    expect(unread.newestAt).toEqual(inbox.notifications[0].createdAt);

    // A message that arrives after the clerk looked stays unread when they mark "all" read.
    const later = await db.notification.create({
      data: { userId: clerk.id, title: '稍后到达', body: '正文', createdAt: new Date(unread.newestAt!.getTime() + 1000) },
    });
    const result = await markNotificationsRead(clerk, { upTo: unread.newestAt!.toISOString() });
    expect(result.marked).toBe(2);
    const after = await listNotifications(clerk);
    expect(after.notifications.find((n) => n.id === later.id)?.readAt).toBeNull();
    expect(after.notifications.filter((n) => n.readAt !== null)).toHaveLength(2);
    expect((await countUnreadNotifications(clerk)).count).toBe(1);

    // Nobody else's messages were touched.
    expect((await countUnreadNotifications(lead)).count).toBe(1);
    expect((await countUnreadNotifications(zhang)).count).toBe(1);
    await expect(markNotificationsRead(clerk, { upTo: 'yesterday' })).rejects.toThrow();
  });
});
