import { expect, expectAccessible, openQueuedCase, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// 旅馆业特种行业许可证核发 is used by no other spec: the case is this test's own.
test('an applicant answers the fields the item asks for, and the clerk reads them on the case page', async ({ pageAs }) => {
  test.setTimeout(120_000);
  const applicant = await pageAs('qiye');
  await applicant.goto('/me/apply/511A0146000000');
  await expect(applicant.getByRole('heading', { name: '申请信息' })).toBeVisible();
  await uploadMissingMaterials(applicant);
  await applicant.getByLabel('客房数（间）').fill('三十');
  await applicant.getByRole('button', { name: '提交申请' }).click();
  // Each problem at its own field; nothing is filed.
  await expect(applicant.getByLabel('旅馆名称')).toHaveAccessibleDescription('请填写此项。');
  await expect(applicant.getByLabel('客房数（间）')).toHaveAccessibleDescription('请输入数字。');
  await expectAccessible(applicant);

  await applicant.getByLabel('旅馆名称').fill('示范县云帆宾馆');
  await applicant.getByLabel('客房数（间）').fill('32');
  await applicant.getByLabel('床位数（张）').fill('58');
  await applicant.getByLabel('治安保卫负责人').fill('周保安');
  await submitApplicationForm(applicant);
  await expect(applicant.getByText('示范县云帆宾馆')).toBeVisible();

  const clerk = await pageAs('clerk');
  await openQueuedCase(clerk, '旅馆业特种行业许可证核发', applicant.url());
  const answers = clerk.locator('section', { has: clerk.getByRole('heading', { name: '申请信息' }) });
  await expect(answers.getByText('旅馆名称')).toBeVisible();
  await expect(answers.getByText('示范县云帆宾馆')).toBeVisible();
  await expect(answers.getByText('客房数（间）')).toBeVisible();
  await expect(answers.getByText('32', { exact: true })).toBeVisible();
  await expect(answers.getByText('周保安')).toBeVisible();
});
