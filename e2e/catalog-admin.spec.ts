import { errorSummary, expect, expectAccessible, test } from './fixtures';

// An item no other journey touches, so this one can change it freely.
const ITEM = '雷电防护装置设计审核';

test.setTimeout(120_000);

test('the admin edits an item, is shown a field error, publishes a new version and finds it in the history', async ({ pageAs }) => {
  const page = await pageAs('admin');
  await page.goto('/admin/items');
  await expect(page.getByRole('heading', { level: 1, name: '事项管理' })).toBeVisible();
  await page.getByLabel('按名称或编码查找').fill('雷电');
  await page.getByRole('button', { name: '查找' }).click();
  await expectAccessible(page);
  await page.getByRole('link', { name: ITEM }).click();

  await expect(page.getByRole('heading', { level: 1, name: ITEM })).toBeVisible();
  await page
    .getByRole('button', { name: '修改事项（生成新草稿）' })
    .or(page.getByRole('link', { name: '编辑草稿' }))
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /编辑草稿/ })).toBeVisible();
  await expectAccessible(page);

  const promised = page.getByLabel('承诺时限（工作日）');
  const original = await promised.inputValue();
  await promised.fill('0.3');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(errorSummary(page).getByRole('link', { name: '承诺时限（工作日）：时限按半个工作日计，请填写 0.5 的整数倍。' })).toBeVisible();
  await expect(promised).toHaveAttribute('aria-invalid', 'true');
  // What was typed elsewhere is still there.
  await expect(page.getByLabel('事项名称')).toHaveValue(ITEM);
  await expectAccessible(page);

  const fee = `不收费（${Date.now()}）`;
  await promised.fill(original);
  await page.getByRole('textbox', { name: '收费标准', exact: true }).fill(fee);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('草稿已保存。')).toBeVisible();

  await page.getByRole('button', { name: '发布此版本' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ITEM })).toBeVisible();
  const history = page.getByRole('table', { name: '版本历史' });
  await expect(history.getByRole('row').nth(1)).toContainText('已发布');
  await expect(history.getByRole('row').nth(2)).toContainText('已废止');
  const changes = page.getByRole('table', { name: /版的变化/ });
  await expect(changes.getByRole('row', { name: /收费标准/ })).toContainText(fee);
  await expectAccessible(page);
});

test('the admin sees field errors on the window form and the quality report links to items', async ({ pageAs }) => {
  const page = await pageAs('admin');
  await page.goto('/admin/departments');
  await expect(page.getByRole('heading', { level: 1, name: '部门与窗口' })).toBeVisible();
  await page.getByRole('navigation', { name: '部门与窗口' }).getByRole('link', { name: /^窗口/ }).click();
  await expect(page.getByRole('heading', { name: '新增窗口' })).toBeVisible();
  await page.getByRole('textbox', { name: '编码', exact: true }).fill('bad code!');
  await page.getByRole('button', { name: '新增' }).click();
  await expect(page.getByText('编码只能包含字母、数字和连字符。')).toBeVisible();
  await expectAccessible(page);

  await page.goto('/admin/quality');
  await expect(page.getByRole('heading', { level: 1, name: '目录质量报告' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('table', { name: '目录质量报告' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: '版本历史' })).toBeVisible();
});

// Items no other journey touches: merged and split here, they leave the catalog.
const MERGE_BASE = { name: '农药经营许可证核发（限制使用农药除外）', code: '511A0093000024' };
const MERGE_OTHER = '兽药经营许可证核发（普通兽药）';
const SPLIT_ITEM = { name: '林木采伐许可证核发（县级权限）', code: '511A0148700000' };

async function openItem(page: import('@playwright/test').Page, name: string) {
  await page.goto(`/admin/items?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
}

test('the admin merges two items and splits one, and the old guides point to what replaced them', async ({ pageAs }) => {
  const page = await pageAs('admin');
  const stamp = Date.now().toString(36).toUpperCase();

  await openItem(page, MERGE_BASE.name);
  await page.getByRole('link', { name: '合并至新事项…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '合并事项' })).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await page.getByRole('button', { name: '确认合并' }).click();
  await expect(page.getByText('合并至少需要两个事项。')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('新事项名称')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  const merged = `农药兽药经营许可（${stamp}）`;
  await page.getByLabel('按名称、编码或部门筛选').fill('兽药');
  await page.getByRole('checkbox', { name: new RegExp(MERGE_OTHER.replace(/[（）]/g, '.')) }).check();
  await page.getByLabel('新事项名称').fill(merged);
  await page.getByLabel('基本编码').fill(`E2E-NYSY-${stamp}`);
  await page.getByLabel('变更理由').fill('农药、兽药经营许可整合为一个事项办理');
  await page.getByRole('button', { name: '确认合并' }).click();
  await page.waitForURL(/\/admin\/items\/[^/]+\?merged=1/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: merged })).toBeVisible();
  await expect(page.getByText('合并完成')).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(MERGE_OTHER.replace(/[（）]/g, '.')) })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/services/${MERGE_BASE.code}`);
  await expect(page.getByText('本事项已合并')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: merged }).click();
  await expect(page.getByRole('heading', { level: 1, name: merged })).toBeVisible({ timeout: 30_000 });

  await openItem(page, SPLIT_ITEM.name);
  await page.getByRole('link', { name: '拆分…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '拆分事项' })).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  const [first, second] = [page.getByRole('group', { name: '新事项 1' }), page.getByRole('group', { name: '新事项 2' })];
  const names = [`林木采伐许可（一般情形 ${stamp}）`, `林木采伐许可（超过规定面积 ${stamp}）`];
  await first.getByLabel('新事项名称').fill(names[0]!);
  await first.getByLabel('基本编码').fill(`E2E-LMCF1-${stamp}`);
  await second.getByLabel('新事项名称').fill(names[1]!);
  await second.getByLabel('基本编码').fill(`E2E-LMCF1-${stamp}`);
  await second.getByRole('checkbox', { name: '超过省级规定面积或蓄积量' }).check();
  await page.getByLabel('变更理由').fill('按采伐情形拆分办理');
  await page.getByRole('button', { name: '确认拆分' }).click();
  await expect(second.getByText('该编码已被其他事项使用。')).toBeVisible({ timeout: 30_000 });
  await expect(second.getByLabel('基本编码')).toHaveAttribute('aria-invalid', 'true');
  // What was typed stays.
  await expect(first.getByLabel('新事项名称')).toHaveValue(names[0]!);
  await expectAccessible(page);

  await second.getByLabel('基本编码').fill(`E2E-LMCF2-${stamp}`);
  await page.getByRole('button', { name: '确认拆分' }).click();
  await page.waitForURL(/\/admin\/items\/[^/]+\?split=1/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: names[0] })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(names[1]!);
  await expect(page.getByRole('link', { name: new RegExp(SPLIT_ITEM.name.replace(/[（）]/g, '.')) })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/services/${SPLIT_ITEM.code}`);
  await expect(page.getByText('本事项已拆分')).toBeVisible();
  await expect(page.getByRole('link', { name: names[0] })).toBeVisible();
  await page.getByRole('link', { name: names[1] }).click();
  await expect(page.getByRole('heading', { level: 1, name: names[1] })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('超过省级规定面积或蓄积量')).toBeVisible();
});
