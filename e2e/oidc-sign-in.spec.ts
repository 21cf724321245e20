import pg from 'pg';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, pdfFile, test } from './fixtures';

// The unified identity platform is tests/support/oidc-provider.mjs, started by
// playwright.config.ts; the app is configured for it there (OIDC_*).

/** A fresh, valid resident ID number (GB 11643), so reruns on the same database meet a new person. */
function newIdNumber() {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const serial = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const body = `5116021988${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}${day}${serial}`;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

async function accountOf(idNumber: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ username: string; oidcSubject: string | null; name: string }>(
      `SELECT username, "oidcSubject", name FROM "User" WHERE "idNumber" = $1`,
      [idNumber],
    );
    return rows[0] ?? null;
  } finally {
    await client.end();
  }
}

/** From the portal's sign-in page through the platform's sign-in, as the person with this ID number. */
async function signInThroughPlatform(page: Page, idNumber: string, name: string) {
  await page.goto('/login');
  await page.getByRole('button', { name: '使用统一身份认证登录' }).click();
  // The platform's own page (the oidc-provider package's development sign-in); the portal's page has an input named login too.
  await page.waitForURL(/localhost:\d+\/interaction\//);
  await page.locator('input[name=login]').fill(`${idNumber}:${name}`);
  await page.locator('input[name=password]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('the sign-in page offers the identity platform beside the password, accessibly', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '使用统一身份认证登录' })).toBeVisible();
  await expectAccessible(page);
});

test('a person the window registered signs in through the platform, is linked by ID number and sees the case', async ({ pageAs, page }) => {
  const idNumber = newIdNumber();
  const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

  const clerk = await pageAs('clerk');
  await clerk.goto('/desk/walk-in');
  const option = clerk.locator('#code option', { hasText: '普通护照签发' }).first();
  await clerk.locator('#code').selectOption((await option.getAttribute('value'))!);
  await clerk.getByRole('button', { name: '显示所需材料' }).click();
  await expect(clerk.getByRole('heading', { name: '材料核验' })).toBeVisible();
  await clerk.getByLabel('居民身份证号码').fill(idNumber);
  await clerk.getByLabel('姓名').fill('周八');
  await clerk.getByLabel('联系电话').fill(phone);
  const scans = clerk.locator('input[type=file]');
  for (let i = 0; i < (await scans.count()); i++) await scans.nth(i).setInputFiles(pdfFile(`scan-${i + 1}.pdf`));
  await clerk.getByRole('button', { name: '代为提交申请' }).click();
  await expect(clerk.getByText('已代为提交申请，请继续作出受理决定。')).toBeVisible();
  const walkIn = await accountOf(idNumber);
  expect(walkIn?.username).toMatch(/^walkin-/);

  await signInThroughPlatform(page, idNumber, '周八');
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText('普通护照签发').first()).toBeVisible();
  // The same account, now linked to the platform's subject: no second account for the person.
  expect(await accountOf(idNumber)).toEqual({ username: walkIn!.username, oidcSubject: `${idNumber}:周八`, name: '周八' });
});

test('a person the portal does not know gets a new account', async ({ page }) => {
  const idNumber = newIdNumber();
  expect(await accountOf(idNumber)).toBeNull();
  await signInThroughPlatform(page, idNumber, '吴九');
  await expect(page).toHaveURL(/\/me$/);
  const created = await accountOf(idNumber);
  expect(created).toMatchObject({ name: '吴九', oidcSubject: `${idNumber}:吴九` });
  expect(created!.username).toMatch(/^uia-[0-9a-f]{12}$/);
});

for (const check of ['state', 'nonce'] as const) {
  test(`a sign-in whose ${check} was tampered with is refused`, async ({ page }) => {
    const idNumber = newIdNumber();
    // The authorization request leaves for the platform with another value than the one bound to this browser's cookie.
    await page.route(/localhost:\d+\/auth\?/, async (route) => {
      const url = new URL(route.request().url());
      expect(url.searchParams.get(check)).toBeTruthy();
      expect(url.searchParams.get('code_challenge_method')).toBe('S256');
      url.searchParams.set(check, `forged-${check}`);
      await route.continue({ url: url.toString() });
    });
    await signInThroughPlatform(page, idNumber, '郑十');
    await expect(page).toHaveURL(/\/login\?.*error=OAuthCallback/);
    await expect(page.getByText('统一身份认证登录未能完成，请重新登录。')).toBeVisible();
    await expectAccessible(page);
    // Not signed in, and nobody was made from the refused token.
    await page.goto('/me');
    await expect(page).toHaveURL(/\/login/);
    expect(await accountOf(idNumber)).toBeNull();
  });
}
