import { expect, test } from './fixtures';

// Every form is noValidate (tests/unit/forms.test.ts): sent empty, a form without a server action
// behind its fields says what is missing in the page's language instead of the browser's bubble.
test('an empty sign-in and an empty verification say what is missing, in Chinese', async ({ page }) => {
  await page.goto('/login');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText('请填写用户名或手机号和密码。')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await page.goto('/verify');
  await page.getByRole('button', { name: '核验' }).click();
  await expect(page.getByText('请填写编号和验证码。')).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/verify\?no=&code=/);
});
