import { expect, expectAccessible, test } from './fixtures';

// Issue 2: Chinese by default, English complete, a language switch; pages work by keyboard and on a phone.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone a visitor searches by keyboard, switches to English and back, and every page stays accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // The first Tab reaches the skip link, which moves past the header to the page's own content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Search by keyboard only: type into the search box and press Enter.
  await page.getByLabel('搜索办事事项').focus();
  await page.keyboard.type('户口');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/services\?q=/);
  await expect(page.getByText(/共找到 \d+ 个事项/)).toBeVisible();
  // Nothing sticks out of a phone's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Service guide' }).first()).toBeVisible();
  await expect(page.getByText(/\d+ services? found/i)).toBeVisible();
  await expectAccessible(page);

  // The choice is kept from page to page.
  await page.goto('/track');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('on a phone the signed-in applicant and clerk pages fit the screen', async ({ pageAs }) => {
  for (const [username, path] of [
    ['zhangsan', '/me'],
    ['zhangsan', '/me/notifications'],
    ['clerk', '/desk'],
    ['supervisor', '/oversee'],
  ]) {
    const page = await pageAs(username);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Wide tables and the navigation scroll inside themselves; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${username} ${path}`).toBeLessThanOrEqual(390);
  }
});
