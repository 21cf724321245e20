#!/usr/bin/env node
// The screenshots in docs/screenshots/, taken with the system Chromium from a
// portal running the demo data (`npm start`):
//
//   node scripts/screenshots.mjs            BASE_URL (http://localhost:$PORT or :3000), CHROMIUM_PATH
//
// - the working tables: the board at 1280 and 390 px; /me, /desk, /review and
//   the /services filters at 390 px (one screenful from the first card down);
// - the reviewer's task page at both widths, and on the phone the confirmation
//   that says what an approval issues;
// - the citizen's result page (zhangsan's first decided case) at both widths.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const baseURL = process.env.BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const out = path.join(root, 'docs/screenshots');
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

/** A page of its own at `width`, signed in as `who` (a demo account) or a visitor. */
async function pageAs(who, width) {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width, height: width > 600 ? 900 : 844 },
    deviceScaleFactor: 1,
  });
  if (who) {
    const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json();
    const res = await context.request.post('/api/auth/callback/credentials', { form: { csrfToken, login: who, password: 'Demo@2026', json: 'true' } });
    if (!res.ok()) throw new Error(`sign-in of ${who} failed (${res.status()})`);
  }
  return context.newPage();
}

async function shoot(page, file, { full = true } = {}) {
  await page.screenshot({ path: path.join(out, file), fullPage: full });
  console.log(`${file} <- ${new URL(page.url()).pathname}`);
  await page.context().close();
}

/** The first link on `listPath` (for `who`) whose page shows `heading` (and `also`, a text, when given). */
async function findPage(who, listPath, linkPrefix, heading, also) {
  const page = await pageAs(who, 1280);
  await page.goto(listPath);
  const hrefs = await page.locator(`a[href^="${linkPrefix}"]`).evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')))]);
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.getByRole('heading', { name: heading, exact: true }).count()) && (!also || (await page.getByText(also).count()))) {
      await page.context().close();
      return href;
    }
  }
  throw new Error(`no page under ${listPath} for ${who} shows "${heading}"`);
}

try {
  for (const [file, url, who, width] of [
    ['board-1280.png', '/oversee', 'supervisor', 1280],
    ['board-390.png', '/oversee', 'supervisor', 390],
    ['me-390.png', '/me', 'zhangsan', 390],
    ['desk-390.png', '/desk', 'clerk', 390],
    ['review-390.png', '/review', 'reviewer.scj', 390],
    ['services-390.png', '/services', null, 390],
  ]) {
    const page = await pageAs(who, width);
    await page.goto(url);
    if (width < 600) {
      const cards = page.locator('.cards').first();
      if (await cards.count()) await cards.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
    }
    await shoot(page, file, { full: width > 600 });
  }

  const task = await findPage('reviewer.ga', '/review', '/review/tasks/', '审查决定');
  for (const width of [1280, 390]) {
    const page = await pageAs('reviewer.ga', width);
    await page.goto(task);
    await shoot(page, `task-page-${width}.png`);
  }
  const confirm = await pageAs('reviewer.ga', 390);
  await confirm.goto(task);
  await confirm.getByLabel('审查意见').fill('材料齐全，符合法定条件。');
  await confirm.getByRole('button', { name: '同意（准予）' }).click();
  await confirm.getByRole('dialog').waitFor();
  await shoot(confirm, 'task-page-confirm-390.png', { full: false });

  // A decided case: its decision document is there to download.
  const result = await findPage('zhangsan', '/me', '/me/applications/', '领取办理结果', /准予.*决定书（PDF）/);
  for (const width of [1280, 390]) {
    const page = await pageAs('zhangsan', width);
    await page.goto(result);
    await shoot(page, `result-page-${width}.png`);
  }
} finally {
  await browser.close();
}
