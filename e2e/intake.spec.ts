import { errorSummary, expect, expectAccessible, pdfFile, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// The window asks for a correction once, the applicant answers online, the window accepts,
// and the acceptance notice downloads as a PDF for the applicant only.
test('an online application goes through one correction round to acceptance, with its notices as PDFs', async ({ pageAs }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/services?q=护照');
  await applicant.getByRole('link', { name: '普通护照签发' }).click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const caseUrl = new URL(applicant.url());
  const id = caseUrl.pathname.split('/').pop()!;

  // The clerk flags the uploaded material as defective, in one notice.
  const clerk = await pageAs('clerk');
  await clerk.goto(`/desk/applications/${id}`);
  await clerk.getByRole('tab', { name: '一次性告知补正' }).click();
  const verdict = clerk.getByLabel(/的审核结果$/).last();
  await verdict.selectOption('DEFECTIVE');
  await clerk
    .getByLabel(/的补正说明$/)
    .last()
    .fill('扫描件不清晰，请重新上传');
  await clerk.getByRole('button', { name: '发送一次性告知书' }).click();
  await expect(clerk.getByText('补正告知书已发送给申请人。')).toBeVisible();

  // The applicant sees every item of the notice and answers it online.
  await applicant.goto(caseUrl.pathname);
  await expect(applicant.getByRole('heading', { name: '一次性告知书：请补正材料' })).toBeVisible();
  await expect(applicant.getByText('扫描件不清晰，请重新上传').first()).toBeVisible();
  await expectAccessible(applicant);
  const correctionPdf = await applicant.request.get(`/api/notices/${id}/correction`);
  expect(correctionPdf.headers()['content-type']).toBe('application/pdf');
  // Submitting without the replacement names the material that is still missing.
  await applicant.getByRole('button', { name: '提交补正材料' }).click();
  await expect(errorSummary(applicant).getByRole('link', { name: /：请上传此项材料。$/ })).toBeVisible();
  await expect(errorSummary(applicant)).toBeFocused();
  // Start from a freshly loaded form (React resets a form after its action ran).
  await applicant.reload();
  await applicant.waitForLoadState('networkidle');
  await applicant.locator('input[type=file]').first().setInputFiles(pdfFile('replacement.pdf'));
  await applicant.getByRole('button', { name: '提交补正材料' }).click();
  await expect(applicant.getByText(/补正材料已提交/)).toBeVisible();
  await expect(applicant.getByText('待受理').first()).toBeVisible();

  // Back in the clerk's queue: accept.
  await clerk.goto(`/desk/applications/${id}`);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  await expect(clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/)).toBeVisible();
  await expect(clerk.getByRole('link', { name: '受理通知书（PDF）' })).toBeVisible();

  await applicant.goto(caseUrl.pathname);
  await expect(applicant.getByRole('link', { name: '受理通知书（PDF）' })).toBeVisible();
  await expectAccessible(applicant);
  const notice = await applicant.request.get(`/api/notices/${id}/acceptance`);
  expect(notice.status()).toBe(200);
  expect(notice.headers()['content-type']).toBe('application/pdf');
  expect((await notice.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Nobody else gets it.
  const other = await pageAs('qiye');
  expect((await other.request.get(`/api/notices/${id}/acceptance`)).status()).toBe(404);
});

/** A fresh, valid resident ID number (GB 11643), so reruns on the same database register a new person. */
function newIdNumber() {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const serial = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const body = `5116021988${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}${day}${serial}`;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

test('a clerk registers a walk-in applicant, checks the materials and accepts the case', async ({ pageAs }) => {
  const clerk = await pageAs('clerk');
  await clerk.goto('/desk/walk-in');
  await expectAccessible(clerk);
  const option = clerk.locator('#code option', { hasText: '普通护照签发' }).first();
  await clerk.locator('#code').selectOption((await option.getAttribute('value'))!);
  await clerk.getByRole('button', { name: '显示所需材料' }).click();
  await expect(clerk.getByRole('heading', { name: '材料核验' })).toBeVisible();

  // A wrong check digit is refused next to the field.
  await clerk.getByLabel('居民身份证号码').fill('511602199001011237');
  await clerk.getByLabel('姓名').fill('赵六');
  await clerk.getByLabel('联系电话').fill('13912345678');
  await clerk.getByRole('button', { name: '代为提交申请' }).click();
  await expect(errorSummary(clerk).getByRole('link', { name: '居民身份证号码：身份证号码不正确，请核对（含末位校验码）。' })).toBeVisible();
  await expect(clerk.getByLabel('居民身份证号码')).toHaveAccessibleDescription('身份证号码不正确，请核对（含末位校验码）。');

  await clerk.getByLabel('居民身份证号码').fill(newIdNumber());
  const scans = clerk.locator('input[type=file]');
  for (let i = 0; i < (await scans.count()); i++) await scans.nth(i).setInputFiles(pdfFile(`scan-${i + 1}.pdf`));
  await expectAccessible(clerk);
  await clerk.getByRole('button', { name: '代为提交申请' }).click();
  await expect(clerk.getByText('已代为提交申请，请继续作出受理决定。')).toBeVisible();
  await expect(clerk.getByText('赵六').first()).toBeVisible();

  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  await expect(clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/)).toBeVisible();
  const id = new URL(clerk.url()).pathname.split('/').pop()!;
  const notice = await clerk.request.get(`/api/notices/${id}/acceptance`);
  expect(notice.headers()['content-type']).toBe('application/pdf');
});

test('an applicant books a visit to the center and cancels it', async ({ pageAs }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/me/appointments');
  await expectAccessible(applicant);
  const option = applicant.locator('#item option', { hasText: '法律援助申请审批' }).first();
  await applicant.locator('#item').selectOption((await option.getAttribute('value'))!);
  await applicant.getByRole('button', { name: '查看可预约时段' }).click();
  await expect(applicant.getByRole('heading', { name: '可预约时段' })).toBeVisible();
  await expectAccessible(applicant);

  const slot = applicant.getByRole('button', { name: /^预约/ }).and(applicant.locator(':enabled')).first();
  await expect(slot).toContainText(/余 3/);
  await slot.click();
  await expect(applicant.getByText('预约成功。')).toBeVisible();
  await expect(applicant.getByRole('button', { name: /^取消 .* 的预约$/ })).toHaveCount(1);

  // A second booking for the same item is refused with a clear message.
  await applicant.getByRole('button', { name: /^预约/ }).and(applicant.locator(':enabled')).nth(1).click();
  await expect(applicant.getByText('您已预约过该事项，如需改期请先取消原预约。')).toBeVisible();

  await applicant.getByRole('button', { name: /^取消 .* 的预约$/ }).click();
  await expect(applicant.getByText('暂无预约。')).toBeVisible();
});
