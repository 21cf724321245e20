import pg from 'pg';
import { expect, expectAccessible, pdfFile, test } from './fixtures';

/** A fresh, valid resident ID number (GB 11643), so reruns on the same database register a new person. */
function newIdNumber() {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const serial = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const body = `5116021992${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}${day}${serial}`;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

/*
 * The text message as the outbox holds it for the SMS gateway. The browser
 * tests run without the delivery worker, so the message is still pending
 * there rather than in <DATA_DIR>/sms/outbox.log; its text is the same.
 */
async function activationCodeSentTo(phone: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ body: string }>(
      `SELECT body FROM "OutboxMessage" WHERE channel = 'SMS' AND address = $1 AND subject = '开通账号验证码' ORDER BY "createdAt" DESC LIMIT 1`,
      [phone],
    );
    const code = /验证码为 (\d{6})/.exec(rows[0]?.body ?? '')?.[1];
    if (!code) throw new Error(`no activation code was sent to ${phone}`);
    return code;
  } finally {
    await client.end();
  }
}

test('a person the window registered activates the account, signs in with the phone and sees the case', async ({ pageAs, page }) => {
  const idNumber = newIdNumber();
  const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

  // At the general window: the clerk registers 钱七 for a passport and submits on their behalf.
  const clerk = await pageAs('clerk');
  await clerk.goto('/desk/walk-in');
  const option = clerk.locator('#code option', { hasText: '普通护照签发' }).first();
  await clerk.locator('#code').selectOption((await option.getAttribute('value'))!);
  await clerk.getByRole('button', { name: '显示所需材料' }).click();
  await expect(clerk.getByRole('heading', { name: '材料核验' })).toBeVisible();
  await clerk.getByLabel('居民身份证号码').fill(idNumber);
  await clerk.getByLabel('姓名').fill('钱七');
  await clerk.getByLabel('联系电话').fill(phone);
  const scans = clerk.locator('input[type=file]');
  for (let i = 0; i < (await scans.count()); i++) await scans.nth(i).setInputFiles(pdfFile(`scan-${i + 1}.pdf`));
  await clerk.getByRole('button', { name: '代为提交申请' }).click();
  await expect(clerk.getByText('已代为提交申请，请继续作出受理决定。')).toBeVisible();

  // At home: from the sign-in page to activation.
  await page.goto('/login');
  await page.getByRole('link', { name: '在窗口办理过业务？开通账号' }).click();
  await expect(page.getByRole('heading', { name: '开通账号' })).toBeVisible();
  await expectAccessible(page);

  // A landline cannot receive the code: said next to the field.
  await page.getByLabel('居民身份证号码').fill(idNumber.toLowerCase());
  await page.getByLabel('手机号码').fill('0826-2345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText('请输入 11 位手机号码。')).toBeVisible();

  await page.getByLabel('手机号码').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText(/验证码已发送到该手机，10 分钟内有效/)).toBeVisible();
  await expectAccessible(page);
  const code = await activationCodeSentTo(phone);

  // A wrong code and a weak password are both explained.
  await page.getByLabel('短信验证码').fill(code === '000000' ? '111111' : '000000');
  await page.getByLabel('设置密码').fill('qianqi2026');
  await page.getByLabel('再次输入密码').fill('qianqi2026');
  await page.getByRole('button', { name: '开通账号' }).click();
  await expect(page.getByText(/验证码不正确或已过期：请核对短信中的 6 位数字/)).toBeVisible();

  await page.getByLabel('短信验证码').fill(code);
  await page.getByLabel('设置密码').fill('qianqiqianqi');
  await page.getByLabel('再次输入密码').fill('qianqiqianqi');
  await page.getByRole('button', { name: '开通账号' }).click();
  await expect(page.getByText('密码须同时包含字母和数字。')).toBeVisible();

  await page.getByLabel('设置密码').fill('qianqi2026');
  await page.getByLabel('再次输入密码').fill('qianqi2026');
  await page.getByRole('button', { name: '开通账号' }).click();
  await expect(page.getByText('账号已开通。')).toBeVisible();
  await expect(page.getByText(new RegExp(`请使用手机号码 ${phone} 或用户名 walkin-[0-9a-f]{12}`))).toBeVisible();
  await expect(page.getByText(idNumber)).toHaveCount(0);

  // Signing in with the phone and the new password leads to the case.
  await page.getByRole('link', { name: '去登录' }).click();
  await page.getByLabel('用户名或手机号').fill(phone);
  await page.getByLabel('密码').fill('qianqi2026');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(/\/me$/);
  await expect(page.getByText(/钱七/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '普通护照签发' })).toBeVisible();
  await page.getByRole('link', { name: '普通护照签发' }).click();
  await expect(page.getByText('待受理').first()).toBeVisible();
});
