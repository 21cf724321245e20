import { expect, expectAccessible, openInboxTask, pdfFile, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// Three people act in turn on one case before the checks: longer than the default budget on a busy machine.
test.describe.configure({ timeout: 180_000 });

// 个体工商户设立登记: a 即办件 licensing item (disclosed, issues a 营业执照) that no other spec uses.
const ITEM = '个体工商户设立登记';

test('the holder downloads the certificate of a decided case and verifies it on the public page', async ({ pageAs, browser }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto(`/services?q=${encodeURIComponent(ITEM)}`);
  await applicant.getByRole('link', { name: ITEM }).first().click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await applicant.waitForLoadState('networkidle');
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const caseUrl = new URL(applicant.url()).pathname;
  const id = caseUrl.split('/').pop()!;

  const clerk = await pageAs('clerk');
  await clerk.goto(`/desk/applications/${id}`);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible({ timeout: 30_000 });
  const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];

  // A 即办件 stays at the window: the clerk lands on proposing its decision, not on "sent to the departments".
  await expect(clerk).toHaveURL(/\/desk\/immediate\?done=accepted/);
  await expect(accepted).toContainText('即办件不分送部门');
  await expect(clerk.getByText('已分送审批部门')).toHaveCount(0);
  const item = clerk.locator('li', { hasText: receiptNumber });
  await expect(item.getByLabel('意见和理由')).toBeFocused();
  await expectAccessible(clerk);
  await item.getByLabel('意见和理由').fill('材料齐全，符合登记条件。');
  await item.getByRole('button', { name: '拟准予' }).click();
  await expect(item.getByText('等待另一名窗口负责人确认。')).toBeVisible({ timeout: 30_000 });
  const lead = await pageAs('lead');
  await lead.goto('/desk/immediate');
  await lead.locator('li', { hasText: receiptNumber }).getByRole('button', { name: '确认办结' }).click();
  await expect(lead.getByText('已确认，办件已办结。')).toBeVisible({ timeout: 30_000 });

  // The applicant's case page links the decision and the certificate, both real PDFs.
  await applicant.goto(caseUrl);
  const documents = applicant.getByRole('navigation', { name: '文书下载' });
  const decision = documents.getByRole('link', { name: '准予决定书（PDF）' });
  await expect(decision).toBeVisible();
  const certificateLink = documents.getByRole('link', { name: '电子证照：营业执照（PDF）' });
  await expect(certificateLink).toBeVisible();
  await expectAccessible(applicant);
  for (const link of [decision, certificateLink]) {
    const response = await applicant.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  const issued = await applicant.getByText(/已签发电子证照：营业执照（编号 \d+）/).textContent();
  const number = issued!.match(/编号 (\d+)/)![1];

  // From the library: the certificate's PDF and its public verification link.
  await applicant.goto('/me');
  await applicant.getByRole('link', { name: `核验：营业执照 ${number}` }).click();
  await applicant.waitForURL(/\/verify\?no=/, { timeout: 30_000 });
  const verifyUrl = applicant.url();

  // Anyone (not signed in) opening that link sees the certificate confirmed, the holder masked.
  const visitor = await (await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await visitor.goto(verifyUrl);
  await expect(visitor.getByRole('heading', { name: '电子证照核验' })).toBeVisible();
  await expect(visitor.getByText('该证照由以下机关核发，信息与登记一致。')).toBeVisible();
  await expect(visitor.getByText('有效', { exact: true })).toBeVisible();
  await expect(visitor.getByText(number, { exact: true })).toBeVisible();
  await expect(visitor.getByText('张*', { exact: true })).toBeVisible();
  await expect(visitor.getByText('张三')).toHaveCount(0);
  await expectAccessible(visitor);

  // A wrong code is refused and shows nothing of the certificate.
  await visitor.waitForLoadState('networkidle');
  await visitor.getByLabel('验证码').fill('WRONG2');
  await visitor.getByRole('button', { name: '核验' }).click();
  await visitor.waitForURL(/code=WRONG2/, { timeout: 30_000 });
  await expect(visitor.getByRole('alert').filter({ hasText: '未找到与该编号和验证码相符的文书' })).toBeVisible();
  await expect(visitor.getByText('张*', { exact: true })).toHaveCount(0);
  await expectAccessible(visitor);

  // The decided licensing result is published, the person and their licence number masked.
  await visitor.goto('/disclosure');
  await expect(visitor.getByRole('heading', { name: '结果公示' })).toBeVisible();
  const row = visitor.getByRole('row', { name: new RegExp(receiptNumber) });
  await expect(row.getByText(ITEM)).toBeVisible();
  await expect(row.getByText('张*', { exact: true })).toBeVisible();
  await expect(row.getByText(`${number.slice(0, 3)}${'*'.repeat(number.length - 7)}${number.slice(-4)}`, { exact: true })).toBeVisible();
  await expect(visitor.getByText(number)).toHaveCount(0);
  await expectAccessible(visitor);
  await visitor.context().close();
});

test('a 即办件 accepted on a phone stays at the window and opens its proposal (390 px)', async ({ pageAs }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto(`/services?q=${encodeURIComponent(ITEM)}`);
  await applicant.getByRole('link', { name: ITEM }).first().click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await applicant.waitForLoadState('networkidle');
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const id = new URL(applicant.url()).pathname.split('/').pop()!;

  const clerk = await pageAs('clerk');
  await clerk.setViewportSize({ width: 390, height: 844 });
  await clerk.goto(`/desk/applications/${id}`);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible({ timeout: 30_000 });
  await expect(clerk).toHaveURL(/\/desk\/immediate\?done=accepted/);
  await expect(accepted).toContainText('即办件不分送部门');
  const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];
  await expect(clerk.locator('li', { hasText: receiptNumber }).getByLabel('意见和理由')).toBeFocused();
  expect(await clerk.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
  await expectAccessible(clerk);
});

test('the applicant answers a request for more material and the reviewer finds the new file', async ({ pageAs }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto(`/services?q=${encodeURIComponent('普通护照')}`);
  await applicant.getByRole('link', { name: '普通护照签发' }).first().click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await applicant.waitForLoadState('networkidle');
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const caseUrl = new URL(applicant.url()).pathname;
  const id = caseUrl.split('/').pop()!;

  const clerk = await pageAs('clerk');
  await clerk.goto(`/desk/applications/${id}`);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible({ timeout: 30_000 });
  const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];

  const police = await pageAs('reviewer.ga');
  await police.goto('/review');
  await openInboxTask(police, receiptNumber);
  await police.waitForURL(/\/review\/tasks\//, { timeout: 30_000 });
  const taskUrl = police.url();
  await police.waitForLoadState('networkidle');
  // Stopping the clock is folded below the decision (issue 13 point 8).
  await police.getByText('中止计时、申请延期（较少使用）').click();
  await police.locator('#reason').fill('请补充近期免冠彩色照片电子版。');
  await police.getByRole('button', { name: '中止计时' }).click();
  await expect(police.getByText('已中止计时，并已告知申请人。')).toBeVisible({ timeout: 30_000 });

  await applicant.goto(caseUrl);
  await expect(applicant.getByRole('heading', { name: '请补充材料' })).toBeVisible();
  await expect(applicant.getByText('请补充近期免冠彩色照片电子版。').first()).toBeVisible();
  await expectAccessible(applicant);
  await applicant.waitForLoadState('networkidle');
  await applicant.getByLabel('补充的材料文件').setInputFiles(pdfFile('免冠照片.pdf'));
  await applicant.getByLabel('补充说明（选填）').fill('照片已按要求补充。');
  await applicant.getByRole('button', { name: '提交补充材料' }).click();
  await applicant.waitForURL(/answered=1/, { timeout: 30_000 });
  await expect(applicant.getByText('补充材料已提交，办理时限已恢复计算。')).toBeVisible();
  await expect(applicant.getByRole('heading', { name: '请补充材料' })).toHaveCount(0);

  await police.goto(taskUrl);
  await expect(police.getByText('补充材料：请补充近期免冠彩色照片电子版。')).toBeVisible();
  await expect(police.getByRole('link', { name: '免冠照片.pdf' })).toBeVisible();
  await expect(police.getByText('申请人已补充材料，恢复计时')).toBeVisible();
});
