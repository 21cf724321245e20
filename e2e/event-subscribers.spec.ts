import { expect, expectAccessible, test } from './fixtures';

test('the admin registers a case-event subscriber, sees its secret once, opens its delivery log and pauses it', async ({ pageAs }) => {
  const admin = await pageAs('admin');
  await admin.goto('/admin/subscribers');
  await expect(admin.getByRole('heading', { level: 1, name: '事件订阅' })).toBeVisible();
  await expectAccessible(admin);

  const name = `电子监察系统 ${Date.now()}`;
  // Nothing chosen to receive: said next to the choices.
  await admin.getByLabel('合作系统').fill(name);
  await admin.getByLabel('接收地址').fill('https://jiancha.example.gov.cn/events');
  for (const box of await admin.getByRole('checkbox').all()) await box.uncheck();
  await admin.getByRole('button', { name: '登记', exact: true }).click();
  await expect(admin.getByText('请填写此项。')).toBeVisible();
  await expect(admin.getByTestId('subscriber-secret')).toHaveCount(0);
  // What was typed is kept for the correction.
  await expect(admin.getByLabel('合作系统')).toHaveValue(name);

  await admin.getByRole('checkbox', { name: /办件状态变化/ }).check();
  await admin.getByRole('checkbox', { name: /投诉答复/ }).check();
  await admin.getByRole('button', { name: '登记', exact: true }).click();
  await expect(admin.getByTestId('subscriber-secret')).toHaveText(/^whsec_[\w-]{43}$/);
  await expectAccessible(admin);

  const row = admin.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByText('不含个人信息')).toBeVisible();
  await row.getByRole('button', { name: `暂停向“${name}”推送` }).click();
  await expect(row.getByText('已暂停')).toBeVisible();

  await row.getByRole('link', { name }).click();
  await expect(admin.getByRole('heading', { level: 1, name: `推送记录：${name}` })).toBeVisible();
  await expect(admin.getByText('暂无推送记录。')).toBeVisible();
  await expectAccessible(admin);
});
