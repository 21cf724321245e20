import { errorSummary, expect, expectAccessible, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// The applicant brings the corrected paper to the window: the clerk takes it in, the case
// returns to intake and is accepted; the notice's QR address opens the progress directly;
// the next application reuses an earlier upload from the material library.
test('a correction answered at the window, the progress page from the notice, and a document reused from the library', async ({ page, pageAs }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/services?q=护照');
  await applicant.getByRole('link', { name: '普通护照签发' }).click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const casePath = new URL(applicant.url()).pathname;
  const id = casePath.split('/').pop()!;

  const clerk = await pageAs('clerk');
  await clerk.goto(`/desk/applications/${id}`);
  await clerk.getByRole('tab', { name: '一次性告知补正' }).click();
  await clerk
    .getByLabel(/的审核结果$/)
    .last()
    .selectOption('MISSING');
  await clerk
    .getByLabel(/的补正说明$/)
    .last()
    .fill('请携带原件到窗口');
  await clerk.getByRole('button', { name: '发送一次性告知书' }).click();
  await expect(clerk.getByText('补正告知书已发送给申请人。')).toBeVisible();

  // At the window: a text file named .pdf is refused by name, and nothing is taken in.
  await expect(clerk.getByRole('heading', { name: '窗口补正：收取申请人带来的补正材料' })).toBeVisible();
  await expectAccessible(clerk);
  await clerk.getByLabel(/的扫描件$/).setInputFiles({ name: '改名的文本.pdf', mimeType: 'application/pdf', buffer: Buffer.from('only text, not a PDF') });
  await clerk.getByRole('button', { name: '收取补正材料并退回受理' }).click();
  await expect(clerk.getByLabel(/的扫描件$/)).toHaveAccessibleDescription(
    '“改名的文本.pdf”未上传：只能上传 PDF、JPG 或 PNG 文件（按文件内容识别，改扩展名无效）。',
  );
  await expect(errorSummary(clerk).getByRole('link', { name: /“改名的文本.pdf”未上传/ })).toBeVisible();
  await expect(clerk.getByText('待补正').first()).toBeVisible();

  // The paper itself is checked as brought in.
  await clerk.getByRole('radio', { name: '已收取纸质材料' }).check();
  await clerk.getByRole('button', { name: '收取补正材料并退回受理' }).click();
  await expect(clerk.getByText('补正材料已在窗口收取，办件已退回受理队列，并已通知申请人。')).toBeVisible();
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible();
  const receiptNumber = /511602-\d{8}-\d{5}/.exec((await accepted.textContent()) ?? '')![0];

  // The QR code's address: no sign-in, the progress shows without typing anything.
  await applicant.goto(casePath);
  const checkCode = ((await applicant.getByTestId('check-code').textContent()) ?? '').trim();
  await page.goto(`/track?no=${receiptNumber}&code=${checkCode}`);
  await expect(page.getByRole('heading', { name: '普通护照签发' })).toBeVisible();
  await expect(page.getByLabel('受理编号')).toHaveValue(receiptNumber);
  await expectAccessible(page);

  // A new application of the same item offers the earlier upload from the library.
  await applicant.goto('/services?q=护照');
  await applicant.getByRole('link', { name: '普通护照签发' }).click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  const picker = applicant.getByText(/^从材料库选择（\d+ 份）$/).first();
  await expect(picker).toBeVisible({ timeout: 30_000 });
  await picker.click();
  const use = applicant.getByRole('button', { name: /^选用“material-\d+\.pdf”作为“.+”$/ }).first();
  const label = (await use.getAttribute('aria-label')) ?? '';
  const fileName = /“(material-\d+\.pdf)”/.exec(label)![1];
  await use.click();
  await expect(applicant.getByText(/来自材料库/).first()).toBeVisible({ timeout: 30_000 });
  await expect(applicant.getByRole('link', { name: fileName }).first()).toBeVisible();
  await expectAccessible(applicant);
});
