import { expect, test } from './fixtures';

// Issue 15: a link is fetched when followed, never ahead. Next.js prefetched every
// link in view, and without a loading.js a prefetch renders the whole linked page:
// opening /me rendered every case of its list and every page of the header.
test('the catalog renders no linked page ahead, and a guide opens in place from its link with a bar while it loads', async ({ page }) => {
  const ahead: string[] = [];
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) ahead.push(request.url());
    if (request.resourceType() === 'document') documents.push(request.url());
  });
  await page.goto('/services');
  const guides = page.locator('main a[href^="/services/"]');
  expect(await guides.count()).toBeGreaterThan(10);
  // Every link comes into view, and the pointer rests on one.
  await page.mouse.wheel(0, 20000);
  await guides.first().hover();
  await page.waitForLoadState('networkidle');
  expect(ahead).toEqual([]);

  // Followed, the link still navigates inside the page (no new document) to the guide,
  // and while the guide is on its way a bar at the top of the window says the click was heard.
  documents.length = 0;
  const href = (await guides.first().getAttribute('href'))!;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === href && url.searchParams.has('_rsc'),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await guides.first().click();
  await expect(page.getByTestId('link-pending')).toBeVisible();
  release();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('link-pending')).toHaveCount(0);
  expect(documents).toEqual([]);
  expect(ahead).toEqual([]);
});
