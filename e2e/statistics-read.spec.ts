import { expect, expectAccessible, test } from './fixtures';

for (const width of [1280, 390]) {
  test(`the statistics table keeps names readable and every column reachable at ${width} px`, async ({ pageAs }) => {
    const supervisor = await pageAs('supervisor');
    await supervisor.setViewportSize({ width, height: 900 });
    await supervisor.goto('/oversee/statistics?by=item');
    await expect(supervisor.getByRole('heading', { level: 1, name: '统计分析' })).toBeVisible();
    // The figures come from a one-minute cache: the page says when they were computed.
    await expect(supervisor.getByText(/^数据更新于 \d\d:\d\d，每分钟更新一次。$/)).toBeVisible();
    // The name column is wide enough for a name not to break every two characters.
    const name = supervisor.getByRole('row', { name: /合计/ }).getByRole('cell').first();
    expect((await name.boundingBox())!.width).toBeGreaterThanOrEqual(150);
    // No column is cut off: the page itself never scrolls sideways; the table scrolls within its region.
    expect(await supervisor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const region = supervisor.getByRole('region', { name: / 至 / }).first();
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(supervisor.getByRole('columnheader', { name: '满意率（评价数）' })).toBeInViewport();
    await expectAccessible(supervisor);
  });
}
