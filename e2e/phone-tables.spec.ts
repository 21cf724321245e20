import type { Page } from '@playwright/test';
import { expect, expectAccessible, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// Issue 13, point 13: at 390 px the working tables show each row as a card (the item, the
// state, the next step and the due date readable without sideways scrolling), at 1280 px the
// same markup reads as the table it was; on /services the filters fold behind "筛选" on a phone.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** The page itself never scrolls sideways (a table may not push it wider either). */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, `${what}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`).toBeLessThanOrEqual(clientWidth);
}

type Cell = { head: string; found: boolean; label: string; text: string; left: number; right: number; visible: boolean };

/** The first row of the page's working table, read through the columns named: where each cell sits and what labels it. */
async function firstRow(page: Page, heads: string[]) {
  return page.evaluate((heads) => {
    // The table whose heads are these (the window's page has the bundle queue's above its own).
    const headsOf = (t: Element) => [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const table = [...document.querySelectorAll('.cards table')].find((t) => heads.every((h) => headsOf(t).includes(h)))!;
    const names = headsOf(table);
    const row = table.querySelector('tbody tr')!;
    const lead = row.querySelector('td.lead a')!.getBoundingClientRect();
    const cells: Cell[] = heads.map((head) => {
      const td = row.children[names.indexOf(head)] as HTMLElement | undefined;
      if (!td) return { head, found: false, label: '', text: '', left: 0, right: 0, visible: false };
      const box = td.getBoundingClientRect();
      return {
        head,
        found: true,
        label: getComputedStyle(td, '::before').content,
        text: td.textContent!.trim(),
        left: box.left,
        right: box.right,
        visible: box.width > 0 && box.height > 0,
      };
    });
    return {
      rowDisplay: getComputedStyle(row).display,
      headVisible: (table.querySelector('thead') as HTMLElement).getBoundingClientRect().height > 1,
      lead: { left: lead.left, right: lead.right },
      cells,
    };
  }, heads);
}

async function expectCards(page: Page, path: string, heads: string[]) {
  await page.setViewportSize(PHONE);
  await page.goto(path);
  await expect(page.locator('.cards tbody tr').first()).toBeVisible();
  await expectNoSidewaysScroll(page, path);
  const row = await firstRow(page, heads);
  expect(row.rowDisplay, `${path}: a row is a card`).toBe('flex');
  expect(row.headVisible, `${path}: the column heads are for screen readers only`).toBe(false);
  expect(row.lead.right, `${path}: the item fits`).toBeLessThanOrEqual(PHONE.width);
  for (const cell of row.cells.filter((c) => c.head !== heads[0])) {
    expect(cell.found, `${path}: column ${cell.head}`).toBe(true);
    expect(cell.visible, `${path}: ${cell.head} shown`).toBe(true);
    expect(cell.text, `${path}: ${cell.head} has a value`).not.toBe('');
    // Each line of the card says what it is: the column head, from the CSS.
    expect(cell.label, `${path}: ${cell.head} labelled`).toContain(cell.head);
    expect(cell.left, `${path}: ${cell.head} inside the screen`).toBeGreaterThanOrEqual(0);
    expect(cell.right, `${path}: ${cell.head} inside the screen`).toBeLessThanOrEqual(PHONE.width);
  }
  await expectAccessible(page);

  // The same page on a desktop: the table as it was, heads shown, rows as table rows.
  await page.setViewportSize(DESKTOP);
  await expect(page.getByRole('columnheader', { name: heads[1], exact: true }).first()).toBeVisible();
  const wide = await firstRow(page, heads);
  expect(wide.rowDisplay, `${path}: a table row at 1280 px`).toBe('table-row');
  expect(wide.headVisible).toBe(true);
  for (const cell of wide.cells) expect(cell.label, `${path}: no card label at 1280 px`).toBe('none');
  await expectAccessible(page);
}

test('at 390 px the four working tables are cards that fit the screen, at 1280 px tables as before', async ({ pageAs }) => {
  // A case through three roles, then four pages at two widths with axe on each: slow on a busy machine.
  test.setTimeout(240_000);
  // One passport case, through the UI, gives a row to every table: the applicant's, the window's, the police department's and the board.
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/services?q=护照');
  await applicant.getByRole('link', { name: '普通护照签发' }).click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const caseId = new URL(applicant.url()).pathname.split('/').pop()!;

  const clerk = await pageAs('clerk');
  await expectCards(clerk, '/desk', ['事项', '申请人', '状态', '答复期限']);

  await clerk.goto(`/desk/applications/${caseId}`);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  await expect(clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/)).toBeVisible();

  await expectCards(applicant, '/me', ['事项', '状态', '下一步', '承诺办结']);
  await expectCards(await pageAs('reviewer.ga'), '/review', ['事项', '环节', '环节时限', '状态']);
  await expectCards(await pageAs('supervisor'), '/oversee', ['办件', '预警', '状态', '承诺办结', '剩余']);
});

test('on a phone the /services filters fold behind 筛选 so the results come first; on a desktop they show', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/services');
  const toggle = page.locator('summary', { hasText: '筛选' });
  await expect(toggle).toBeVisible();
  await expect(page.getByLabel('实施部门')).toBeHidden();
  // The keyword and the search button stay at hand, and the first result comes right after them.
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('button', { name: '搜索' })).toBeVisible();
  // The first result (a bundle or an item, each under an h2) starts within the first screen.
  const firstResult = await page.locator('main h2').first().boundingBox();
  expect(firstResult!.y).toBeLessThan(PHONE.height);
  const folded = (await page.getByRole('search').boundingBox())!.height;
  await expectNoSidewaysScroll(page, '/services');
  await expectAccessible(page);

  // A tap unfolds them; a filter chosen is counted on the fold.
  await toggle.click();
  await expect(page.getByLabel('实施部门')).toBeVisible();
  // Folded, the form is shorter by the six filters.
  expect((await page.getByRole('search').boundingBox())!.height).toBeGreaterThan(folded + 200);
  await page.getByLabel('办件类型').selectOption({ index: 1 });
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/handlingClass=/);
  await expect(page.locator('summary', { hasText: '已选 1 项' })).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize(DESKTOP);
  await page.goto('/services');
  await expect(page.locator('summary', { hasText: '筛选' })).toBeHidden();
  await expect(page.getByLabel('实施部门')).toBeVisible();
  await expect(page.getByLabel('办件类型')).toBeVisible();
  await expectAccessible(page);
});
