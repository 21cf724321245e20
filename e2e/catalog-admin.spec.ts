import { expect, expectAccessible, test } from './fixtures';

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
  await page.getByRole('button', { name: '修改事项（生成新草稿）' }).or(page.getByRole('link', { name: '编辑草稿' })).click();
  await expect(page.getByRole('heading', { level: 1, name: /编辑草稿/ })).toBeVisible();
  await expectAccessible(page);

  const promised = page.getByLabel('承诺时限（工作日）');
  const original = await promised.inputValue();
  await promised.fill('0.3');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('时限按半个工作日计，请填写 0.5 的整数倍。')).toBeVisible();
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
  await page.getByRole('textbox', { name: '编码', exact: true }).nth(1).fill('bad code!');
  await page.getByRole('button', { name: '新增' }).nth(1).click();
  await expect(page.getByText('编码只能包含字母、数字和连字符。')).toBeVisible();
  await expectAccessible(page);

  await page.goto('/admin/quality');
  await expect(page.getByRole('heading', { level: 1, name: '目录质量报告' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('table', { name: '目录质量报告' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: '版本历史' })).toBeVisible();
});
