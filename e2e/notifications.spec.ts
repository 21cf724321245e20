import pg from 'pg';
import { expect, expectAccessible, test } from './fixtures';

/*
 * Puts messages into a person's inbox the way the outbox worker does (which
 * does not run beside `next start` in these tests): one a minute, newest last.
 */
async function deliverTo(username: string, count: number) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Notification" (id, "userId", title, body, link, "createdAt")
       SELECT 'e2e' || md5($1) || i, u.id, '部门任务提醒 ' || i, '普通护照签发（受理编号 511602-20261123-' || lpad(i::text, 5, '0') || '）已分送本部门，请在时限内审查。',
              '/review', now() - (($2 - i) || ' minutes')::interval
       FROM generate_series(1, $2) AS i, "User" u WHERE u.username = $1`,
      [username, count],
    );
  } finally {
    await client.end();
  }
}

test('a reviewer reads their notifications page by page and marks them all read', async ({ pageAs }) => {
  await deliverTo('reviewer.ga', 25);
  const reviewer = await pageAs('reviewer.ga');
  await reviewer.goto('/review');
  const nav = reviewer.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '消息通知 25 条未读' })).toBeVisible();
  await nav.getByRole('link', { name: /消息通知/ }).click();

  await expect(reviewer.getByRole('heading', { level: 1, name: '消息通知' })).toBeVisible();
  const list = reviewer.getByRole('list', { name: '消息列表' });
  await expect(list.getByRole('listitem')).toHaveCount(20);
  await expect(list.getByRole('listitem').first()).toContainText('部门任务提醒 25');
  await expect(list.getByRole('listitem').first()).toContainText('未读');
  await expect(list.getByRole('link', { name: '查看详情：部门任务提醒 25' })).toHaveAttribute('href', '/review');
  await expectAccessible(reviewer);

  await reviewer.setViewportSize({ width: 1280, height: 900 });
  await reviewer.screenshot({ path: test.info().outputPath('notifications-1280.png'), fullPage: true });
  await reviewer.setViewportSize({ width: 390, height: 844 });
  // The viewport only: the header's nav row scrolls sideways and would widen a full-page capture.
  await reviewer.screenshot({ path: test.info().outputPath('notifications-390.png') });
  await expectAccessible(reviewer);
  await reviewer.setViewportSize({ width: 1280, height: 900 });

  await reviewer.getByRole('link', { name: '更早的消息' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await expect(list.getByRole('listitem').last()).toContainText('部门任务提醒 1');
  await expect(reviewer.getByRole('link', { name: '更早的消息' })).toHaveCount(0);
  await reviewer.getByRole('link', { name: '回到最新' }).click();
  await expect(list.getByRole('listitem').first()).toContainText('部门任务提醒 25');

  await reviewer.getByRole('button', { name: '全部标为已读' }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: '已将 25 条消息标为已读。' })).toBeVisible();
  await reviewer.reload();
  await expect(list.getByText('未读', { exact: true })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '消息通知', exact: true })).toBeVisible();
  await expect(reviewer.getByRole('button', { name: '全部标为已读' })).toHaveCount(0);

  // Another reviewer's inbox holds none of them.
  const colleague = await pageAs('reviewer.scj');
  await colleague.goto('/review/notifications');
  await expect(colleague.getByText('暂无消息。办件有进展时，您会在这里收到通知。')).toBeVisible();
});
