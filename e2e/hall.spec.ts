import { expect, expectAccessible, test } from './fixtures';

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
// Today in Asia/Shanghai, where the kiosk stands.
const today = () => WEEKDAY_NAMES[new Date(Date.now() + 8 * 3_600_000).getUTCDay()]!;

test('the portal has a favicon and an app icon', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="icon"][href*="icon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  const svg = await page.request.get('/icon.svg');
  expect(svg.ok()).toBe(true);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  // Linked with its content's hash, it is kept a day: a page view does not fetch it again.
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^\/icon\.svg\?icon\.[\w-]+\.svg$/);
  expect(svg.headers()['cache-control']).toBe('public, max-age=86400');
  const png = await page.request.get((await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'))!);
  expect(png.headers()['content-type']).toBe('image/png');
});

for (const width of [1280, 390]) {
  test(`the hall screen and the kiosk fill the screen without the portal's navigation at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.goto('/hall');
    await expect(page.getByRole('heading', { level: 1, name: '大厅叫号屏' })).toBeVisible();
    await expect(page.getByRole('region', { name: '正在呼叫' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByText('示范县政务服务中心')).toBeVisible();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(page);

    await page.getByRole('link', { name: '自助取号' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '自助取号' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByText(/取号时间/).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(page);
  });
}

test('the admin sets the opening days, and the kiosk refuses numbers on a closed day', async ({ page, pageAs }) => {
  // The browser tests' seed opens the hall every day round the clock: the kiosk offers numbers.
  await page.goto('/hall/take');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: /咨询/ })).toBeVisible();

  const admin = await pageAs('admin');
  await admin.goto('/admin/settings');
  await admin.waitForLoadState('networkidle');
  await expectAccessible(admin);

  // A closing time before the opening time is refused beside the field.
  await admin.getByLabel('开始取号').fill('17:00');
  await admin.getByLabel('停止取号').fill('09:00');
  await admin.getByRole('button', { name: '保存开放时间' }).click();
  await expect(admin.getByText('停止取号时间须晚于开始时间。')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(admin);

  // Closed today (whatever day the test runs on), open all day otherwise.
  await admin.getByLabel('开始取号').fill('00:00');
  await admin.getByLabel('停止取号').fill('23:59');
  await admin.getByRole('checkbox', { name: today() }).uncheck();
  await admin.getByRole('button', { name: '保存开放时间' }).click();
  await expect(admin.getByText('开放时间已保存')).toBeVisible({ timeout: 30_000 });

  // The kiosk was loaded while open: the tap is refused by the rule itself, with a clear message.
  await page.getByRole('button', { name: /咨询/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: '大厅现在不开放取号' })).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('heading', { name: '现在不在取号时间' })).toBeVisible();
  await expect(page.getByText('今天大厅不开放，不能取号。')).toBeVisible();
  await expect(page.getByRole('button', { name: /咨询/ })).toHaveCount(0);
  await expectAccessible(page);

  // Open again every day (the other specs take numbers).
  await admin.reload();
  await admin.getByRole('checkbox', { name: today() }).check();
  await admin.getByRole('button', { name: '保存开放时间' }).click();
  await expect(admin.getByText('开放时间已保存')).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('button', { name: /咨询/ })).toBeVisible();
});
