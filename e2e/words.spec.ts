import { expect, expectAccessible, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// Issue 13, points 4 and 5: timelines and the audit trail in words (both languages),
// and a catalog search that says why each item matched and what to try when nothing did.
const ITEM_CODE = '512B0359100011';
// What a timeline or an audit row must never show: an action code or a raw state transition.
const CODES = /\b[a-z]+(-[a-z]+)+\b|->|\b(DRAFT|SUBMITTED|ACCEPTED|IN_REVIEW|CORRECTION_REQUIRED)\b/;

async function switchTo(page: import('@playwright/test').Page, language: 'English' | '中文') {
  await page.getByRole('button', { name: language }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', language === 'English' ? 'en' : 'zh-CN');
}

for (const width of [1280, 390]) {
  test(`a case's timeline and audit trail read as sentences in Chinese and English, at ${width} px`, async ({ pageAs }) => {
    const applicant = await pageAs('zhangsan');
    await applicant.setViewportSize({ width, height: 900 });
    await applicant.goto(`/me/apply/${ITEM_CODE}`);
    await applicant.waitForLoadState('networkidle');
    await uploadMissingMaterials(applicant);
    await submitApplicationForm(applicant);
    const caseId = new URL(applicant.url()).pathname.split('/').pop()!;

    const timeline = applicant.locator('ol').filter({ hasText: '提交申请' });
    await expect(timeline).toBeVisible();
    expect(await timeline.innerText()).not.toMatch(CODES);
    await expectAccessible(applicant);
    await switchTo(applicant, 'English');
    const enTimeline = applicant.locator('ol').filter({ hasText: 'Application submitted' });
    await expect(enTimeline).toBeVisible();
    expect(await enTimeline.innerText()).not.toMatch(CODES);
    await expectAccessible(applicant);
    await switchTo(applicant, '中文');

    const supervisor = await pageAs('supervisor');
    await supervisor.setViewportSize({ width, height: 900 });
    await supervisor.goto(`/oversee/applications/${caseId}`);
    const audit = supervisor.locator('table').filter({ hasText: '提交申请' });
    await expect(audit).toBeVisible();
    await expect(audit.getByText('办件 · 提交申请')).toBeVisible();
    await expect(audit.getByText(/变为“已提交”|由“草稿”变为“已提交”/)).toBeVisible();
    expect(await audit.innerText()).not.toMatch(CODES);
    await expectAccessible(supervisor);
    await switchTo(supervisor, 'English');
    const enAudit = supervisor.locator('table').filter({ hasText: 'Application submitted' });
    await expect(enAudit.getByText(/now submitted|from draft to submitted/)).toBeVisible();
    expect(await enAudit.innerText()).not.toMatch(CODES);
    expect(await enAudit.innerText()).not.toMatch(/[，。：；（）“”、！？]/);
    await expectAccessible(supervisor);
    await switchTo(supervisor, '中文');
  });

  test(`the catalog search explains each result and suggests close items when nothing is found, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/services?q=hukou');
    const result = page.locator('li').filter({ has: page.getByRole('link', { name: '户口迁移审批' }) });
    await expect(result.getByRole('list', { name: '匹配原因' }).getByText('拼音：户口迁移审批')).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/services?q=${encodeURIComponent('居民户口簿')}`);
    await expect(
      page
        .getByRole('list', { name: '匹配原因' })
        .getByText(/所需材料：.*居民户口簿/)
        .first(),
    ).toBeVisible();

    await page.goto(`/services?q=${encodeURIComponent('护照办理')}`);
    const empty = page.getByTestId('nothing-found');
    await expect(empty.getByText('没有找到与“护照办理”相关的事项。')).toBeVisible();
    await expect(empty.getByRole('link', { name: '普通护照签发' })).toBeVisible();
    await expect(empty.getByRole('link', { name: '向政务服务中心咨询' })).toHaveAttribute('href', '/me/inquiries');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(page);

    await switchTo(page, 'English');
    await expect(empty.getByText('Nothing found for "护照办理".')).toBeVisible();
    await expect(empty.getByRole('link', { name: 'Ask the service center' })).toBeVisible();
    await page.goto('/services?q=hukou');
    await expect(page.getByRole('list', { name: 'Why it matched' }).getByText('Pinyin: 户口迁移审批').first()).toBeVisible();
    await expectAccessible(page);
    await switchTo(page, '中文');
  });
}
