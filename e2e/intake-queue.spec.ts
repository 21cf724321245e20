import { expect, expectAccessible, pdfFile, submitApplicationForm, test } from './fixtures';

// An item no other spec applies for, so zhangsan's drafts of it are this spec's own.
const ITEM_CODE = '512B0359100011';
const ITEM_NAME = '城乡居民基本养老保险参保登记';

test('an applicant leaves a half-filled application and finds it again as a draft', async ({ pageAs }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto(`/me/apply/${ITEM_CODE}`);
  await applicant.waitForLoadState('networkidle');
  const note = `e2e 草稿 ${Date.now()}`;
  await applicant.getByLabel('补充说明').fill(note);
  await applicant.getByLabel('联系电话').fill('13912345678');

  // Files are stored as soon as they are chosen.
  const toUpload = applicant.locator('li:has(input[type=file])').filter({ hasNotText: '已持有电子证照' });
  const count = await toUpload.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await toUpload
      .nth(i)
      .locator('input[type=file]')
      .setInputFiles(pdfFile(`draft-${i + 1}.pdf`));
    await expect(toUpload.nth(i).getByRole('link', { name: `draft-${i + 1}.pdf` })).toBeVisible({ timeout: 30_000 });
  }
  await expect(applicant.getByText(/草稿已保存 \d{2}:\d{2}/)).toBeVisible({ timeout: 30_000 });
  await expect(applicant).toHaveURL(/draft=/);
  await expectAccessible(applicant);

  // Leave, and come back through the list of drafts.
  await applicant.goto('/me');
  const drafts = applicant.locator('section').filter({ has: applicant.getByRole('heading', { name: '未提交的草稿' }) });
  await expect(drafts.getByText(ITEM_NAME)).toBeVisible();
  await expectAccessible(applicant);
  await applicant
    .getByRole('link', { name: `继续填写“${ITEM_NAME}”` })
    .first()
    .click();
  await applicant.waitForURL(/\/me\/apply\/.+draft=/, { timeout: 30_000 });
  await applicant.waitForLoadState('networkidle');
  await expect(applicant.getByText('已恢复您上次保存的草稿')).toBeVisible();
  await expect(applicant.getByLabel('补充说明')).toHaveValue(note);
  await expect(applicant.getByLabel('联系电话')).toHaveValue('13912345678');
  for (let i = 0; i < count; i++) await expect(applicant.getByRole('link', { name: `draft-${i + 1}.pdf` })).toBeVisible();

  // Remove one file and choose another in its place.
  await applicant.getByRole('button', { name: '移除文件 draft-1.pdf' }).click();
  await expect(applicant.getByRole('link', { name: 'draft-1.pdf' })).toHaveCount(0, { timeout: 30_000 });
  await toUpload.first().locator('input[type=file]').setInputFiles(pdfFile('replacement.pdf'));
  await expect(applicant.getByRole('link', { name: 'replacement.pdf' })).toBeVisible({ timeout: 30_000 });

  await submitApplicationForm(applicant);
  await expect(applicant.getByText(ITEM_NAME).first()).toBeVisible();

  // Submitted: the draft has become the case and is gone from the drafts.
  await applicant.goto('/me');
  await expect(applicant.getByRole('link', { name: `继续填写“${ITEM_NAME}”` })).toHaveCount(0);
  await expect(applicant.getByRole('link', { name: ITEM_NAME }).first()).toBeVisible();
});

test('a walk-in takes a number, a clerk calls it and the hall screen shows it', async ({ page, pageAs }) => {
  // The kiosk needs no sign-in.
  await page.goto('/hall/take');
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await page.getByRole('button', { name: /咨询/ }).click();
  const slip = page.getByRole('status').filter({ hasText: /C\d{3}/ });
  await expect(slip).toBeVisible({ timeout: 30_000 });
  const code = (await slip.textContent())!.match(/C\d{3}/)![0];
  await expect(slip).toContainText(/前面(还有 \d+ 人等候|没有人等候)/);
  await expectAccessible(page);

  // The hall screen is open before the call and picks it up by itself.
  const hall = await pageAs('supervisor');
  await hall.goto('/hall');
  await expectAccessible(hall);

  const clerk = await pageAs('clerk');
  await clerk.goto('/desk/queue');
  await clerk.waitForLoadState('networkidle');
  await expectAccessible(clerk);
  const current = clerk.locator('section').filter({ has: clerk.getByRole('heading', { name: '当前号码' }) });
  const currentCode = current.locator('p.font-mono');
  const shown = async () => ((await currentCode.count()) > 0 ? await currentCode.textContent() : 'none');
  // Earlier runs on the same database may have left consultation numbers waiting: call until ours comes up.
  for (let i = 0; i < 30 && (await shown()) !== code; i++) {
    const before = await shown();
    await clerk.getByRole('radio', { name: /咨询/ }).check();
    await clerk.getByRole('button', { name: '呼叫下一位' }).click();
    await expect.poll(shown, { timeout: 30_000 }).not.toBe(before);
  }
  await expect(currentCode).toHaveText(code);
  await expect(clerk.getByText(`已呼叫 ${code}`)).toBeVisible();

  const calling = hall.getByRole('region', { name: '正在呼叫' });
  await expect(calling.getByText(code)).toBeVisible({ timeout: 30_000 });
  await expect(calling).toContainText('请到');

  await clerk.getByRole('button', { name: `重呼 ${code}` }).click();
  await expect(current).toContainText('已呼叫 2 次', { timeout: 30_000 });
  await clerk.getByRole('button', { name: '办理完成' }).click();
  const handled = clerk.locator('section').filter({ has: clerk.getByRole('heading', { name: '本窗口最近办理' }) });
  await expect(handled.getByText(code)).toBeVisible({ timeout: 30_000 });
  await expect(hall.getByRole('region', { name: '最近叫号' }).getByText(code)).toBeVisible({ timeout: 30_000 });
});
