import { expect, expectAccessible, openInboxTask, openQueuedCase, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// 社会保障卡申领 (人社局) is used by no other spec: the case is this test's own.
test('an applicant follows a case publicly, talks to the reviewer, rates it, and a supervisor closes the rectification', async ({ pageAs, page }) => {
  // Six roles and a dozen accessibility checks: longer than one page's default budget.
  test.setTimeout(240_000);
  // 1. Apply online and have the window accept it.
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/services?q=社会保障卡');
  await applicant.getByRole('link', { name: '社会保障卡申领' }).first().click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const caseUrl = applicant.url();

  const clerk = await pageAs('clerk');
  await openQueuedCase(clerk, '社会保障卡申领', caseUrl);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible();
  const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];

  // 2. The case page shows the check code; anyone can follow the case with it, without signing in.
  await applicant.goto(caseUrl);
  const checkCode = (await applicant.getByTestId('check-code').textContent())!.trim();
  await page.goto('/track');
  await expectAccessible(page);
  await page.getByLabel('受理编号').fill(receiptNumber);
  await page.getByLabel('查询码').fill('ZZZZZZ');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText('受理编号或查询码不正确')).toBeVisible();
  await page.getByLabel('查询码').fill(checkCode.toLowerCase());
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText('人力资源和社会保障局').first()).toBeVisible();
  await expect(page.getByText('窗口受理，开始计时')).toBeVisible();
  await expect(page.getByText('张三')).toHaveCount(0);
  await expectAccessible(page);

  // 3. The applicant asks; the reviewer of the department holding the case answers.
  await applicant.getByLabel('留言内容').fill('请问社保卡大概什么时候可以领取？');
  await applicant.getByRole('button', { name: '发送留言' }).click();
  await expect(applicant.getByText('留言已发送。')).toBeVisible();
  await expectAccessible(applicant);

  const reviewer = await pageAs('reviewer.rs');
  await reviewer.goto('/review/messages');
  await expectAccessible(reviewer);
  await openInboxTask(reviewer, receiptNumber);
  await expect(reviewer.getByText('请问社保卡大概什么时候可以领取？')).toBeVisible();
  await reviewer.getByLabel('留言内容').fill('制卡约需 10 个工作日，完成后短信通知您。');
  await reviewer.getByRole('button', { name: '发送留言' }).click();
  await expect(reviewer.getByText('留言已发送。')).toBeVisible();
  await expectAccessible(reviewer);
  await reviewer.goto('/review/messages');
  await expect(reviewer.getByRole('row', { name: new RegExp(receiptNumber) })).toHaveCount(0);

  await applicant.reload();
  await expect(applicant.getByText('制卡约需 10 个工作日，完成后短信通知您。')).toBeVisible();

  // 4. The reviewer decides; the applicant rates the conclusion badly.
  await reviewer.goto('/review');
  await openInboxTask(reviewer, receiptNumber);
  await reviewer.getByLabel('审查意见').fill('符合申领条件。');
  await reviewer.getByRole('button', { name: '同意（准予）' }).click();
  await reviewer.getByRole('dialog', { name: '确认同意（准予）' }).getByRole('button', { name: '确认同意' }).click();
  await expect(reviewer.getByText('审查意见已提交。')).toBeVisible();

  await applicant.reload();
  const rating = applicant.getByRole('form', { name: '评价本次服务：办结' });
  // One short question; the details are optional, folded below it.
  await rating.getByRole('group', { name: '总体满意程度' }).getByRole('radio', { name: '★2 不满意' }).check();
  await rating.getByText('补充评价（可选）').click();
  await rating.getByRole('group', { name: '办事效率' }).getByRole('radio', { name: '★2 不满意' }).check();
  await rating.getByLabel('意见建议').fill('等待时间较长。');
  await expectAccessible(applicant);
  await rating.getByRole('button', { name: '提交评价' }).click();
  await expect(applicant.getByText('办结：★2 不满意')).toBeVisible();
  await expect(applicant.getByText('待整改')).toBeVisible();

  // 5. The department claims the rating cannot be rectified; the supervisor reviews and closes it.
  await reviewer.goto('/review/rectifications');
  await expectAccessible(reviewer);
  await openInboxTask(reviewer, receiptNumber);
  await reviewer.getByLabel('整改结果 / 理由').fill('制卡由省级统一完成，本级无法缩短时限；已向申请人解释。');
  await reviewer.getByLabel('回访记录').fill('电话回访，申请人表示理解。');
  await expectAccessible(reviewer);
  await reviewer.getByRole('button', { name: '申请无法整改' }).click();
  await expect(reviewer.getByRole('button', { name: '申请无法整改' })).toHaveCount(0);

  const supervisor = await pageAs('supervisor');
  await supervisor.goto('/oversee/rectifications');
  await expectAccessible(supervisor);
  const row = supervisor.getByRole('row', { name: new RegExp(receiptNumber) });
  await expect(row.getByText('待监察审核')).toBeVisible();
  await row.getByRole('link').click();
  await supervisor.getByLabel('审核意见').fill('情况属实，同意按无法整改办结。');
  await expectAccessible(supervisor);
  await supervisor.getByRole('button', { name: '同意并办结' }).click();
  await expect(supervisor.getByRole('button', { name: '同意并办结' })).toHaveCount(0);

  // 6. The applicant sees the outcome.
  await applicant.goto('/me/ratings');
  await expectAccessible(applicant);
  await expect(applicant.getByText('制卡由省级统一完成，本级无法缩短时限；已向申请人解释。')).toBeVisible();
});
