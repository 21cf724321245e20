import { expect, expectAccessible, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// Issue 13 point 1: the applicant chooses how the result reaches them on the form and
// again on the case page, and once decided the page says where, when and with what
// to collect it. 中医诊所备案: a 即办件 whose certificate may be posted, used by no other spec.
const ITEM_CODE = '511Z23001004';
const ITEM = '中医诊所备案';

// Three people act in turn on one case: longer than the default budget on a busy machine.
test.describe.configure({ timeout: 180_000 });

for (const width of [1280, 390]) {
  test(`the applicant chooses delivery and finds where to collect the result, at ${width} px`, async ({ pageAs }) => {
    const applicant = await pageAs('zhangsan');
    await applicant.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await applicant.goto(`/me/apply/${ITEM_CODE}`);
    await applicant.waitForLoadState('networkidle');
    await uploadMissingMaterials(applicant);

    // On the form: window pickup by default, with its place and hours; post asks for an address.
    const choice = applicant.getByRole('group', { name: '结果送达方式' });
    await expect(choice.getByRole('radio', { name: /窗口领取/ })).toBeChecked();
    await expect(choice.getByRole('radio', { name: /在线下载/ })).toHaveCount(0); // the item offers no download
    await expect(applicant.getByText(/出件窗口（R01）/)).toBeVisible();
    await choice.getByRole('radio', { name: /邮寄送达/ }).check();
    await applicant.getByLabel('邮寄地址').fill('示范省示范市示范县城关镇人民路18号 张三 13800000001');
    await expect(applicant.getByText('邮费：免费（由中心承担）')).toBeVisible();
    await expectAccessible(applicant);
    await submitApplicationForm(applicant);
    const caseUrl = applicant.url();
    const id = new URL(caseUrl).pathname.split('/').pop()!;

    // On the case page: the choice kept, and changed back to the window.
    const panel = applicant.getByRole('form', { name: '结果送达方式' });
    await expect(panel.getByRole('radio', { name: /邮寄送达/ })).toBeChecked();
    await expect(panel.getByLabel('邮寄地址')).toHaveValue(/人民路18号/);
    await panel.getByRole('radio', { name: /窗口领取/ }).check();
    await panel.getByRole('button', { name: '保存送达方式' }).click();
    await expect(applicant.getByText('送达方式已保存。')).toBeVisible({ timeout: 30_000 });

    // The window accepts and decides on the spot (一审一核).
    const clerk = await pageAs('clerk');
    await clerk.goto(`/desk/applications/${id}`);
    await clerk.getByRole('button', { name: '受理', exact: true }).click();
    const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
    await expect(accepted).toBeVisible({ timeout: 30_000 });
    const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];
    const item = clerk.locator('li', { hasText: receiptNumber });
    await item.getByLabel('意见和理由').fill('备案材料齐全。');
    await item.getByRole('button', { name: '拟准予' }).click();
    await expect(item.getByText('等待另一名窗口负责人确认。')).toBeVisible({ timeout: 30_000 });
    const lead = await pageAs('lead');
    await lead.goto('/desk/immediate');
    await lead.locator('li', { hasText: receiptNumber }).getByRole('button', { name: '确认办结' }).click();
    await expect(lead.getByText('已确认，办件已办结。')).toBeVisible({ timeout: 30_000 });

    // The result page: ready at the chosen window, where, when and what to bring.
    await applicant.goto(caseUrl);
    const result = applicant.locator('section', { has: applicant.getByRole('heading', { name: '领取办理结果' }) });
    await expect(result.getByText('办理结果已可领取，请在领取时间内到出件窗口领取。')).toBeVisible();
    await expect(result.getByText('示范县政务服务中心 · 出件窗口（R01）').first()).toBeVisible();
    await expect(result.getByText('本人有效身份证件', { exact: false }).first()).toBeVisible();
    await expect(applicant.getByRole('link', { name: `电子证照：中医诊所备案证（PDF）` })).toBeVisible();
    expect(await applicant.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(applicant);

    // The handover page shows the applicant's choice.
    await clerk.goto(`/desk/results?q=${receiptNumber}`);
    const card = clerk.locator('li', { hasText: receiptNumber });
    await expect(card.getByText('申请人选择：')).toBeVisible();
    await expect(card.getByLabel('送达方式')).toHaveValue('WINDOW');
    await expect(card.getByRole('link', { name: ITEM })).toBeVisible();
  });
}
