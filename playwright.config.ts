import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// The unified identity platform's stand-in (tests/support/oidc-provider.mjs): e2e/oidc-sign-in.spec.ts signs in through it.
const oidcIssuer = `http://localhost:${Number(process.env.E2E_OIDC_PORT ?? 3380)}`;

// Run through `npm test` (or `npm run test:e2e`), which provides the database,
// the build in .next-test and CHROMIUM_PATH.
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // On CI (.ci/run sets CI=1) one retry; a test that passes only on retry is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `node tests/support/oidc-provider.mjs ${new URL(oidcIssuer).port}`,
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { OIDC_TEST_REDIRECT_URI: `${baseURL}/api/auth/callback/oidc` },
    },
    {
      // One app process; the page cache off so a test sees a catalog change at once (tests/db/public-page-cache.test.ts covers it).
      command: `node scripts/server.mjs ${port}`,
      url: `${baseURL}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-test',
        DATABASE_URL: process.env.DATABASE_URL ?? '',
        DATA_DIR: process.env.DATA_DIR ?? '.data/test-files',
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: 'e2e-secret-not-used-anywhere-else',
        APP_PROCESSES: '1',
        PAGE_CACHE: '0',
        OIDC_ISSUER: oidcIssuer,
        OIDC_CLIENT_ID: 'yichuang-portal',
        OIDC_CLIENT_SECRET: 'e2e-oidc-client-secret',
      },
    },
  ],
});
