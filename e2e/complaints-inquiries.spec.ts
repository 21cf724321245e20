import { expect, expectAccessible, test } from './fixtures';

// 失业登记 belongs to the county 人社局 (reviewer.rs); no other journey asks about it.
const FAQ_ITEM = { name: '失业登记', code: '512B0066800002' };

test.setTimeout(120_000);

test('an applicant complains about a window, a supervisor takes it over and answers, and the applicant reads the answer', async ({ pageAs }) => {
  const content = `窗口工作人员让我来回跑了两趟，希望改进（${Date.now()}）`;
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/me/complaints');
  await expect(applicant.getByRole('heading', { level: 1, name: '投诉' })).toBeVisible();
  await applicant.waitForLoadState('networkidle');
  await expectAccessible(applicant);

  await applicant.getByLabel('投诉对象').selectOption({ label: '窗口' });
  await applicant.getByLabel('选择窗口').selectOption({ label: '综合受理一号窗口' });
  await applicant.getByLabel('投诉内容').fill(content);
  await applicant.getByRole('button', { name: '提交投诉' }).click();
  await expect(applicant.getByText('投诉已提交，答复后会通知您。')).toBeVisible({ timeout: 30_000 });
  const mine = applicant.getByRole('listitem').filter({ hasText: content });
  await expect(mine).toContainText('待处理');

  const supervisor = await pageAs('supervisor');
  await supervisor.goto('/oversee/complaints');
  await expect(supervisor.getByRole('heading', { level: 1, name: '投诉处理' })).toBeVisible();
  await expectAccessible(supervisor);
  await supervisor.getByRole('listitem').filter({ hasText: content }).getByRole('link').click();
  await expect(supervisor.getByRole('heading', { level: 1, name: '处理投诉' })).toBeVisible({ timeout: 30_000 });
  await supervisor.waitForLoadState('networkidle');
  await expectAccessible(supervisor);
  await supervisor.getByRole('button', { name: '由我承办' }).click();
  await expect(supervisor.getByText('承办人 冯监察')).toBeVisible({ timeout: 30_000 });
  await supervisor.getByLabel('答复意见').fill('经核查，窗口已对相关人员进行提醒，并推行一次性告知。');
  await supervisor.getByRole('button', { name: '答复并办结' }).click();
  await expect(supervisor.getByText('已答复')).toBeVisible({ timeout: 30_000 });
  await expect(supervisor.getByRole('button', { name: '答复并办结' })).toHaveCount(0);
  await expectAccessible(supervisor);

  await applicant.reload();
  await expect(mine).toContainText('已答复');
  await expect(mine).toContainText('经核查，窗口已对相关人员进行提醒');
});

test('a complaint sent without its window is refused in our words, not by the browser', async ({ pageAs }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/me/complaints');
  await applicant.waitForLoadState('networkidle');
  await applicant.getByLabel('投诉对象').selectOption({ label: '窗口' });
  await applicant.getByLabel('投诉内容').fill('窗口一直无人，等候很久。');
  await applicant.getByRole('button', { name: '提交投诉' }).click();
  // Without noValidate Chromium would stop here with its own bubble ("Please select an item in the list.") and send nothing.
  const choice = applicant.getByLabel('选择窗口');
  await expect(choice).toHaveAttribute('aria-invalid', 'true', { timeout: 30_000 });
  await expect(applicant.locator('#windowId-error')).toContainText('请填写此项。');
  await expect(applicant.getByText('投诉已提交，答复后会通知您。')).toHaveCount(0);
  await expectAccessible(applicant);
});

test('an applicant asks about an item, the department answers and publishes it, and the FAQ shows it to visitors', async ({ pageAs, page }) => {
  const question = `失业登记后多久可以领取失业保险金？（${Date.now()}）`;
  const answer = '办理失业登记并符合条件的，可同时申领失业保险金，审核通过后次月发放。';
  const applicant = await pageAs('zhangsan');
  await applicant.goto(`/services/${FAQ_ITEM.code}`);
  await expect(applicant.getByRole('heading', { level: 1, name: FAQ_ITEM.name })).toBeVisible();
  await applicant.getByRole('link', { name: '没有找到答案？在线咨询' }).click();
  await expect(applicant.getByRole('heading', { level: 2, name: `咨询：${FAQ_ITEM.name}` })).toBeVisible({ timeout: 30_000 });
  await applicant.waitForLoadState('networkidle');
  await expectAccessible(applicant);
  await applicant.getByLabel('咨询内容').fill(question);
  await applicant.getByRole('button', { name: '提交咨询' }).click();
  await expect(applicant.getByText('咨询已提交，答复后会通知您。')).toBeVisible({ timeout: 30_000 });
  await expect(applicant.getByRole('listitem').filter({ hasText: question })).toContainText('待答复');

  const reviewer = await pageAs('reviewer.rs');
  await reviewer.goto('/review/inquiries');
  await expect(reviewer.getByRole('heading', { level: 1, name: '咨询答复' })).toBeVisible();
  await reviewer.waitForLoadState('networkidle');
  await expectAccessible(reviewer);
  const entry = reviewer.getByRole('listitem').filter({ hasText: question });
  await entry.getByLabel('答复内容').fill(answer);
  await entry.getByLabel('答复后列入该事项的常见问题').check();
  await entry.getByRole('button', { name: '提交答复' }).click();
  await expect(entry).toContainText('已列入常见问题', { timeout: 30_000 });
  await expectAccessible(reviewer);

  await applicant.goto('/me/inquiries');
  await expect(applicant.getByRole('listitem').filter({ hasText: question })).toContainText(answer);

  await page.goto(`/services/${FAQ_ITEM.code}`);
  const faq = page.getByRole('region', { name: '常见问题' }).or(page.locator('section').filter({ has: page.getByRole('heading', { name: '常见问题' }) }));
  await expect(faq).toContainText(question);
  await expect(faq).toContainText(answer);
  await expectAccessible(page);
});
