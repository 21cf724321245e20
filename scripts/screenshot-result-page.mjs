// Screenshots of the citizen's result page (issue 13 point 1) at 1280 and 390 px,
// into docs/screenshots/, taken from a running build with the system Chromium:
//   BASE_URL=http://localhost:3103 node scripts/screenshot-result-page.mjs
// It signs in as the demo applicant (zhangsan) and opens their newest decided case
// of ITEM (default 中医诊所备案, the one e2e/result-delivery.spec.ts leaves decided).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const item = process.env.ITEM ?? '中医诊所备案';
const out = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ baseURL: base, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
  const signIn = await page.request.post('/api/auth/callback/credentials', { form: { csrfToken, login: 'zhangsan', password: 'Demo@2026', json: 'true' } });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
  await page.goto('/me');
  const href = await page.getByRole('link', { name: item }).first().getAttribute('href');
  if (!href) throw new Error(`no case of ${item} on /me`);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(href);
    await page.getByRole('heading', { name: '领取办理结果' }).waitFor();
    const path = new URL(`result-page-${width}.png`, out).pathname;
    await page.screenshot({ path, fullPage: true });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
