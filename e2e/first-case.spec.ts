import { expect, expectAccessible, openInboxTask, openQueuedCase, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// One real case across the four roles: applicant -> window -> department -> supervisor -> applicant.
test('a passport application flows from the applicant through the window and the police to the supervisor', async ({ pageAs }) => {
  // Five people and a confirmed decision: longer than the default budget on a busy machine.
  test.setTimeout(120_000);
  // 1. The applicant finds the item, reads its guide and applies.
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/services?q=护照');
  await expectAccessible(applicant);
  await applicant.getByRole('link', { name: '普通护照签发' }).click();
  await expect(applicant.getByRole('heading', { level: 1, name: '普通护照签发' })).toBeVisible();
  await expect(applicant.getByText('设定依据')).toBeVisible();
  await expectAccessible(applicant);
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await expect(applicant.getByText(/已从您的材料库自动调用 \d+ 项电子证照/)).toBeVisible();
  await expectAccessible(applicant);
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  await expect(applicant.getByText('待受理').first()).toBeVisible();
  const caseUrl = applicant.url();

  // 2. The window clerk finds it in the intake queue and accepts it: a receipt number is issued and the clock starts.
  const clerk = await pageAs('clerk');
  await clerk.goto('/desk');
  await expectAccessible(clerk);
  await openQueuedCase(clerk, '普通护照签发', caseUrl);
  await expectAccessible(clerk);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible();
  const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];

  // 3. A reviewer of another department does not see the task.
  const market = await pageAs('reviewer.scj');
  await market.goto('/review');
  await expect(market.getByText(receiptNumber)).toHaveCount(0);

  // 4. The supervisor sees it on the deadline board with its dates and colour.
  const supervisor = await pageAs('supervisor');
  await supervisor.goto('/oversee');
  const row = supervisor.getByRole('row', { name: new RegExp(receiptNumber) });
  await expect(row).toBeVisible();
  await expect(row.getByText('正常')).toBeVisible();
  await expectAccessible(supervisor);

  // 5. The police reviewer approves it.
  const police = await pageAs('reviewer.ga');
  await police.goto('/review');
  await expectAccessible(police);
  await openInboxTask(police, receiptNumber);
  await police.getByLabel('审查意见').fill('材料齐全，准予签发。');
  await expectAccessible(police);
  await police.getByRole('button', { name: '同意（准予）' }).click();
  await police.getByRole('dialog', { name: '确认同意（准予）' }).getByRole('button', { name: '确认同意' }).click();
  await expect(police.getByText('审查意见已提交。')).toBeVisible();

  // 6. The applicant follows the case on its timeline.
  await applicant.goto(caseUrl);
  await expect(applicant.getByText('已办结（准予）')).toBeVisible();
  await expect(applicant.getByText('窗口受理，开始计时')).toBeVisible();
  await expect(applicant.getByText(receiptNumber).first()).toBeVisible();
  await expectAccessible(applicant);
});

test('signing in with the form lands each role on its own page, and a wrong password is refused', async ({ page }) => {
  await page.goto('/login');
  await expectAccessible(page);
  await page.getByLabel('用户名或手机号').fill('clerk');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText('用户名或密码不正确')).toBeVisible();
  await page.getByLabel('密码').fill('Demo@2026');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole('heading', { name: '综合受理' })).toBeVisible();
  // A clerk may not open the supervisor's board: "not found".
  const response = await page.goto('/oversee');
  expect(response?.status()).toBe(404);
});

// An unknown login is throttled like a real one, so the wait tells nothing about which accounts exist.
test('repeated failed sign-ins from one browser make it wait, longer each time', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名或手机号').fill('no.such.user');
  for (let i = 0; i < 3; i++) {
    await page.getByLabel('密码').fill(`wrong-${i}`);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByText('用户名或密码不正确')).toBeVisible();
  }
  // From the fourth try this browser waits 2 s, then 4 s, ...: a slow click may still get one more "wrong".
  await expect(async () => {
    await page.getByLabel('密码').fill('one-more-try');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByText('本设备登录失败次数过多')).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/login/);
});

test('the page after sign-in stays on the portal', async ({ page }) => {
  for (const next of ['/%5Cevil.example', '/%09/evil.example', '//evil.example']) {
    await page.context().clearCookies();
    await page.goto(`/login?next=${next}`);
    await page.getByLabel('用户名或手机号').fill('supervisor');
    await page.getByLabel('密码').fill('Demo@2026');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page).toHaveURL(/\/oversee$/);
    expect(new URL(page.url()).host).not.toContain('evil');
  }
});

test('signing out ends the session on the server: a copy of the old cookie no longer works', async ({ page, browser }) => {
  await page.goto('/login');
  await page.getByLabel('用户名或手机号').fill('lead');
  await page.getByLabel('密码').fill('Demo@2026');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(/\/desk$/);
  const cookies = await page.context().cookies();
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.getByRole('link', { name: '登录' }).first()).toBeVisible();

  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const replay = await copy.newPage();
  await replay.goto('/desk');
  await expect(replay).toHaveURL(/\/login/);
  await copy.close();
});
