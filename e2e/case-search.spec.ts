import { expect, expectAccessible, test } from './fixtures';

for (const width of [1280, 390]) {
  test(`a supervisor on the phone finds any case from the board, open or concluded, at ${width} px`, async ({ pageAs }) => {
    const supervisor = await pageAs('supervisor');
    await supervisor.setViewportSize({ width, height: 900 });
    await supervisor.goto('/oversee');
    const search = supervisor.getByRole('search', { name: '查件' });
    await search.getByLabel('受理编号、申请人姓名、电话或证件号码').fill('张三');
    await search.getByRole('button', { name: '查询' }).click();
    await supervisor.waitForURL(/q=/);
    const results = supervisor.locator('[aria-live=polite]').filter({ hasText: /找到 \d+ 件/ });
    await expect(results).toBeVisible();
    // The name is shown masked, never whole.
    await expect(results.getByText(/申请人 张\*/).first()).toBeVisible();
    await expect(results.getByText('张三')).toHaveCount(0);
    expect(await supervisor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(supervisor);

    const receipt = (await results.locator('li .font-mono').filter({ hasText: /^\d{6}-\d{8}-\d{5}$/ }).first().textContent())!.trim();

    // Only concluded cases: the scope is kept in the address, so the page can be shared or reloaded.
    await search.getByLabel('办件范围').selectOption('concluded');
    await search.getByRole('button', { name: '查询' }).click();
    await supervisor.waitForURL(/scope=concluded/);
    await expect(supervisor.getByText(/找到 \d+ 件|没有找到相符的办件/)).toBeVisible();
    await expect(search.getByLabel('办件范围')).toHaveValue('concluded');

    // The case found by its receipt number, whatever its state, opens.
    await search.getByLabel('受理编号、申请人姓名、电话或证件号码').fill(receipt);
    await search.getByLabel('办件范围').selectOption('all');
    await search.getByRole('button', { name: '查询' }).click();
    await expect(supervisor.getByText('找到 1 件')).toBeVisible({ timeout: 30_000 });
    await results.getByRole('link').first().click();
    await supervisor.waitForURL(/\/oversee\/applications\//, { timeout: 30_000 });
    await expect(supervisor.getByText(receipt).first()).toBeVisible();

    // A fragment finds nobody: the search is exact.
    await supervisor.goto('/oversee?q=%E5%BC%A0');
    await expect(supervisor.getByText('没有找到相符的办件')).toBeVisible();
  });
}
