#!/usr/bin/env node
// Screenshots of the reviewer's task page (issue 13, point 8) at 1280 and 390 px,
// into docs/screenshots/: the page as a reviewer opens it, and on the phone the
// confirmation that says what an approval issues.
//
//   DATABASE_URL=… BASE_URL=http://localhost:3000 CHROMIUM_PATH=/usr/bin/chromium node scripts/screenshot-task-page.mjs
//
// Needs a running app on BASE_URL over a seeded database with an open task of
// the county police (reviewer.ga), e.g. after the browser tests or `npm run dev`
// with the demo cases.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const baseURL = process.env.BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const out = path.join(root, 'docs/screenshots');
const REVIEWER = 'reviewer.ga';

async function openTask() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    // The open task with the most materials to read: what the page is for.
    const { rows } = await client.query(
      `SELECT t.id FROM "DepartmentTask" t
         JOIN "User" u ON u."departmentId" = t."departmentId" AND u.username = $1
         JOIN "Application" a ON a.id = t."applicationId" AND a.status = 'IN_REVIEW'
        WHERE t.status = 'OPEN'
        ORDER BY (SELECT count(*) FROM "ApplicationMaterial" m WHERE m."applicationId" = a.id) DESC, t."openedAt" DESC
        LIMIT 1`,
      [REVIEWER],
    );
    if (!rows[0]) throw new Error(`no open task for ${REVIEWER}: run the browser tests or seed the demo cases first`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

const taskId = process.env.TASK_ID ?? (await openTask());
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ]) {
    const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width, height }, deviceScaleFactor: 1 });
    const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json();
    const signedIn = await context.request.post('/api/auth/callback/credentials', { form: { csrfToken, login: REVIEWER, password: 'Demo@2026', json: 'true' } });
    if (!signedIn.ok()) throw new Error(`sign-in as ${REVIEWER} failed: ${signedIn.status()}`);
    const page = await context.newPage();
    await page.goto(`/review/tasks/${taskId}`);
    await page.getByRole('heading', { name: '审查决定', exact: true }).waitFor();
    await page.screenshot({ path: path.join(out, `task-page-${width}.png`), fullPage: true });
    if (width === 390) {
      await page.getByLabel('审查意见').fill('材料齐全，符合法定条件。');
      await page.getByRole('button', { name: '同意（准予）' }).click();
      await page.getByRole('dialog').waitFor();
      await page.screenshot({ path: path.join(out, `task-page-confirm-${width}.png`) });
    }
    await context.close();
    console.log(`task-page-${width}.png`);
  }
} finally {
  await browser.close();
}
