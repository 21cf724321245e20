import { expect, expectAccessible, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// 城乡居民基本养老保险参保登记: any item will do; the browser tests' seed has no cases, so this spec files one.
const ITEM_CODE = '512B0359100011';

for (const width of [1280, 390]) {
  test(`a supervisor on the phone finds any case from the board, open or concluded, at ${width} px`, async ({ pageAs }) => {
    const applicant = await pageAs('zhangsan');
    await applicant.goto(`/me/apply/${ITEM_CODE}`);
    await applicant.waitForLoadState('networkidle');
    await uploadMissingMaterials(applicant);
    await submitApplicationForm(applicant);
    const caseId = new URL(applicant.url()).pathname.split('/').pop()!;

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

    // The scope is kept in the address, so the page can be reloaded; the new case is open, not concluded.
    await search.getByLabel('办件范围').selectOption('open');
    await search.getByRole('button', { name: '查询' }).click();
    await supervisor.waitForURL(/scope=open/);
    await expect(results.locator(`a[href="/oversee/applications/${caseId}"]`)).toBeVisible();
    await search.getByLabel('办件范围').selectOption('concluded');
    await search.getByRole('button', { name: '查询' }).click();
    await supervisor.waitForURL(/scope=concluded/);
    await expect(supervisor.getByText(/找到 \d+ 件|没有找到相符的办件/)).toBeVisible();
    await expect(supervisor.locator(`a[href="/oversee/applications/${caseId}"]`)).toHaveCount(0);

    // Any case found opens, whatever its state.
    await supervisor.goto('/oversee?q=%E5%BC%A0%E4%B8%89');
    await results.locator(`a[href="/oversee/applications/${caseId}"]`).click();
    await supervisor.waitForURL(new RegExp(`/oversee/applications/${caseId}`), { timeout: 30_000 });

    // A fragment finds nobody: the search is exact.
    await supervisor.goto('/oversee?q=%E5%BC%A0');
    await expect(supervisor.getByText('没有找到相符的办件')).toBeVisible();
  });
}
