#!/usr/bin/env node
// Screenshots of the working tables into docs/screenshots/: the board at 1280 and 390 px,
// /me, /desk and /review at 390 px. Run against a portal with the demo data (`npm start`):
//   BASE=http://localhost:3000 node scripts/table-screenshots.mjs
// Chromium: CHROMIUM_PATH, else /usr/bin/chromium.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const base = process.env.BASE ?? `http://localhost:${process.env.PORT ?? 3000}`;
const out = path.resolve('docs/screenshots');
fs.mkdirSync(out, { recursive: true });

const shots = [
  ['board-1280.png', '/oversee', 'supervisor', 1280],
  ['board-390.png', '/oversee', 'supervisor', 390],
  ['me-390.png', '/me', 'zhangsan', 390],
  ['desk-390.png', '/desk', 'clerk', 390],
  ['review-390.png', '/review', 'reviewer.scj', 390],
  ['services-390.png', '/services', null, 390],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const [file, url, who, width] of shots) {
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width, height: width > 600 ? 900 : 844 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    if (who) {
      const { csrfToken } = await (await page.request.get(`${base}/api/auth/csrf`)).json();
      const res = await page.request.post(`${base}/api/auth/callback/credentials`, {
        form: { csrfToken, login: who, password: 'Demo@2026', json: 'true' },
      });
      if (!res.ok()) throw new Error(`sign-in of ${who} failed (${res.status()})`);
    }
    await page.goto(`${base}${url}`);
    if (width > 600) {
      await page.screenshot({ path: path.join(out, file), fullPage: true });
    } else {
      // On a phone, one screenful from the first card down (the top of the page is the header and filters).
      const table = page.locator('.cards').first();
      if (await table.count()) await table.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
      await page.screenshot({ path: path.join(out, file) });
    }
    console.log(`${file} ← ${url} (${who ?? 'visitor'}, ${width} px)`);
    await context.close();
  }
} finally {
  await browser.close();
}
