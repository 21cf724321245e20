import { expect, expectAccessible, test } from './fixtures';

for (const width of [1280, 390]) {
  test(`the clerk finds the item of a walk-in by typing part of its name at ${width} px`, async ({ pageAs }) => {
    const clerk = await pageAs('clerk');
    await clerk.setViewportSize({ width, height: 900 });
    await clerk.goto('/desk/walk-in');
    await clerk.waitForLoadState('networkidle');
    const all = await clerk.locator('#code option').count();
    const search = clerk.getByLabel('输入事项名称、部门或编码，快速查找');
    await search.fill('护照');
    // The list narrows to the matching items.
    await expect.poll(() => clerk.locator('#code option').count()).toBeLessThan(all);
    await expect(clerk.locator('#code option', { hasText: '普通护照签发' })).toHaveCount(1);
    await expect(clerk.locator('#code option', { hasText: '个体工商户设立登记' })).toHaveCount(0);
    // A single match is chosen at once.
    await search.fill('普通护照签发');
    await expect(clerk.locator('#code')).not.toHaveValue('');
    await expectAccessible(clerk);
    await clerk.getByRole('button', { name: '显示所需材料' }).click();
    await clerk.waitForURL(/code=/, { timeout: 30_000 });
    await expect(clerk.locator('#code option:checked')).toContainText('普通护照签发');

    await search.fill('没有这种事项');
    await expect(clerk.locator('#code option')).toHaveCount(1);
    await expect(clerk.locator('#code option').first()).toHaveText('没有相符的事项，请换个说法');
    expect(await clerk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
