#!/usr/bin/env node
// `npm test`: every check. The type check, the lint (with the import
// boundaries), the format check (Prettier) and the dead-code check (knip:
// unused files, exports and dependencies) first, as they are cheapest;
// then unit tests, database tests against a real PostgreSQL (embedded on its
// own port and folder, or TEST_DATABASE_URL), then
// the fault tests (their own embedded PostgreSQL, stopped and started), then
// the browser tests against the built app in Chromium, the page weights
// (scripts/test-weight.mjs) and last the cluster test.
import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded } from './lib.mjs';
import { provideDatabase, root, runChild } from './with-db.mjs';

const bin = (name) => path.join(root, 'node_modules/.bin', name);
const distDir = process.env.E2E_DIST_DIR ?? '.next-test';

/** Chromium in this order: CHROMIUM_PATH, the system's, Playwright's own download. */
async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  try {
    const { chromium } = await import('@playwright/test');
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright's own browser is optional.
  }
  return candidates.find((c) => c && fs.existsSync(c));
}

const chromium = await findChromium();
if (!chromium) {
  console.error(`
No Chromium found for the browser tests. Install one of:
  - Debian/Ubuntu:   sudo apt-get install -y chromium
  - any machine:     npx playwright install chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
  process.exit(1);
}

let code = await runChild(bin('tsc'), ['--noEmit'], process.env);
if (code === 0) code = await runChild(bin('eslint'), ['--cache', '--cache-location', 'node_modules/.cache/eslint/', '.'], process.env);
if (code === 0) code = await runChild(bin('prettier'), ['--check', '--log-level', 'warn', '.'], process.env);
if (code === 0) code = await runChild(bin('knip'), ['--no-progress'], process.env);
if (code === 0) code = await runChild(bin('vitest'), ['run', '--project', 'unit'], process.env);
if (code !== 0) process.exit(code);

const db = await provideDatabase({ test: true });
const env = { ...process.env, DATABASE_URL: db.url, CHROMIUM_PATH: chromium, DATA_DIR: path.join(root, '.data', 'test-files'), E2E_DIST_DIR: distDir };
try {
  code = await runChild(bin('vitest'), ['run', '--project', 'db'], env);
  if (code === 0) code = await buildIfNeeded(env, distDir);
  // Database restarts and a killed worker, on a PostgreSQL of their own (FAULT_PG_PORT, 54349) and the built app.
  if (code === 0) code = await runChild(bin('vitest'), ['run', '--project', 'fault'], env);
  if (code === 0) code = await runChild(bin('tsx'), ['tests/support/reset-and-seed.ts'], env);
  if (code === 0) code = await runChild(bin('playwright'), ['test'], env);
} finally {
  await db.stop();
}
// Issue #15's page weight budgets at 20,000 applications, on a PostgreSQL of its own (WEIGHT_PG_PORT, 54347):
// its loader empties the database, so never TEST_DATABASE_URL's.
if (code === 0) {
  code = await runChild(process.execPath, [path.join(root, 'scripts/with-db.mjs'), '--test', process.execPath, path.join(root, 'scripts/test-weight.mjs')], {
    ...process.env,
    TEST_DATABASE_URL: '',
    TEST_PG_PORT: process.env.WEIGHT_PG_PORT ?? '54347',
    NEXT_DIST_DIR: distDir,
  });
}
// Two app instances and two workers behind HAProxy, on a PostgreSQL and an S3 store of their own (docs/deployment.md).
if (code === 0) code = await runChild(process.execPath, [path.join(root, 'scripts/test-cluster.mjs')], process.env);
process.exit(code);
