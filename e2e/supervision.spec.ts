import { readFileSync } from 'node:fs';
import pg from 'pg';
import { expect, expectAccessible, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

/*
 * Makes an accepted case overdue as if it had been accepted 20 days ago: the
 * acceptance, the promised due date and its open step are moved into the past.
 * Honest about what the board computes (it reads the dates), deterministic
 * whatever day the test runs on.
 */
async function ageCase(receiptNumber: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `UPDATE "Application" SET "acceptedAt" = "acceptedAt" - interval '20 days', "promisedDueAt" = now() - interval '2 days'
       WHERE "receiptNumber" = $1`,
      [receiptNumber],
    );
    await client.query(
      `UPDATE "DepartmentTask" SET "openedAt" = "openedAt" - interval '20 days', "dueAt" = now() - interval '3 days'
       WHERE "applicationId" = (SELECT id FROM "Application" WHERE "receiptNumber" = $1) AND status = 'OPEN'`,
      [receiptNumber],
    );
  } finally {
    await client.end();
  }
}

/** The case's statutory due date as the board shows it (short date and time, Shanghai). */
async function statutoryDueText(receiptNumber: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    // Stored as UTC without a zone.
    const { rows } = await client.query(`SELECT to_char("statutoryDueAt", 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS due FROM "Application" WHERE "receiptNumber" = $1`, [
      receiptNumber,
    ]);
    return new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(rows[0].due));
  } finally {
    await client.end();
  }
}

test('the supervisor filters the board, opens a red case with its clock and audit trail, and exports a report', async ({ pageAs }) => {
  // A passport case submitted and accepted through the UI.
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/services?q=护照');
  await applicant.getByRole('link', { name: '普通护照签发' }).click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await expect(applicant.getByText(/已从您的材料库自动调用 \d+ 项电子证照/)).toBeVisible();
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const caseId = new URL(applicant.url()).pathname.split('/').pop()!;

  const clerk = await pageAs('clerk');
  await clerk.goto(`/desk/applications/${caseId}`);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible();
  const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];
  await ageCase(receiptNumber);

  // The board, filtered to red passport cases of the police.
  const supervisor = await pageAs('supervisor');
  await supervisor.goto('/oversee');
  await expectAccessible(supervisor);
  await supervisor.getByLabel('预警等级').selectOption({ label: '红牌超期' });
  // The item is a type-ahead: a few letters, then the keyboard picks the suggestion.
  const item = supervisor.getByRole('combobox', { name: '事项', exact: true });
  await item.fill('普通护照');
  await expect(supervisor.getByRole('option', { name: '普通护照签发' })).toBeVisible();
  await expect(item).toHaveAttribute('aria-expanded', 'true');
  await item.press('ArrowDown');
  await expect(supervisor.getByRole('option', { name: '普通护照签发' })).toHaveAttribute('aria-selected', 'true');
  await item.press('Enter');
  await expect(item).toHaveValue('普通护照签发');
  await expect(item).toHaveAttribute('aria-expanded', 'false');
  await supervisor.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(supervisor).toHaveURL(/level=RED/);
  // The pick travels as the item's id, so the link and the back button keep the filter.
  await expect(supervisor).toHaveURL(/itemId=\w+/);
  await expect(supervisor).not.toHaveURL(/[?&]item=/);
  await expect(supervisor.getByRole('combobox', { name: '事项', exact: true })).toHaveValue('普通护照签发');
  const row = supervisor.getByRole('row', { name: new RegExp(receiptNumber) });
  await expect(row).toBeVisible();
  await expect(row.getByText('红牌超期')).toBeVisible();
  await expect(supervisor.getByRole('table').getByText('正常')).toHaveCount(0);
  // Both due dates: the statutory one stays where acceptance put it, after the (aged) promise.
  await expect(supervisor.getByRole('columnheader', { name: '承诺办结' })).toBeVisible();
  await expect(supervisor.getByRole('columnheader', { name: '法定办结' })).toBeVisible();
  await expect(row.getByRole('cell', { name: await statutoryDueText(receiptNumber), exact: true })).toBeVisible();
  // The follow-ups panel: overdue rectifications and complaints, counted on the board.
  await expect(supervisor.getByRole('heading', { name: '待跟进' })).toBeVisible();
  await expect(supervisor.getByText('超期未答复的投诉')).toBeVisible();
  await expectAccessible(supervisor);

  // The step board shows its overdue step too.
  await supervisor.getByRole('link', { name: '环节时限' }).click();
  await expect(supervisor.getByRole('row', { name: new RegExp(receiptNumber) }).getByText('红牌超期')).toBeVisible();

  // The case page: clock, step due dates and the audit trail.
  await supervisor
    .getByRole('row', { name: new RegExp(receiptNumber) })
    .getByRole('link')
    .click();
  await expect(supervisor).toHaveURL(new RegExp(`/oversee/applications/${caseId}`));
  await expect(supervisor.getByRole('heading', { name: '计时', exact: true })).toBeVisible();
  await expect(supervisor.getByRole('heading', { name: '环节期限', exact: true })).toBeVisible();
  await expect(supervisor.getByText('没有特别程序。')).toBeVisible();
  await expect(supervisor.getByRole('heading', { name: '审计记录', exact: true })).toBeVisible();
  await expect(supervisor.getByRole('cell', { name: '办件 · 窗口受理，开始计时' })).toBeVisible();
  await expectAccessible(supervisor);

  // Statistics over the last 30 days, exported to Excel and CSV.
  await supervisor.goto('/oversee/statistics');
  await expect(supervisor.getByRole('heading', { level: 1, name: '统计分析' })).toBeVisible();
  await expect(supervisor.getByRole('row', { name: /公安局/ })).toBeVisible();
  await expectAccessible(supervisor);
  const [xlsx] = await Promise.all([supervisor.waitForEvent('download'), supervisor.getByRole('link', { name: '导出 Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^办件统计_部门_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [csv] = await Promise.all([supervisor.waitForEvent('download'), supervisor.getByRole('link', { name: '导出 CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  // The file gives every figure as the screen does (83.3%, 4.0), up to the rating columns.
  const csvLines = readFileSync((await csv.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const totalCells = (await supervisor.getByRole('row', { name: /合计/ }).getByRole('cell').allTextContents()).map((c) => c.trim());
  expect(csvLines.at(-1)!.split(',').slice(0, 9)).toEqual(totalCells.slice(0, 9).map((c) => (c === '—' ? '' : c)));
  expect(totalCells.slice(3, 9).some((c) => /^\d+\.\d%$/.test(c))).toBe(true);

  // The public page shows figures by department, without names.
  await supervisor.goto('/statistics');
  await expect(supervisor.getByRole('heading', { level: 1, name: '政务服务办件统计' })).toBeVisible();
  await expectAccessible(supervisor);
});

test('the admin adds a holiday to the calendar and removes it again', async ({ pageAs }) => {
  const admin = await pageAs('admin');
  await admin.goto('/admin/calendar?year=2020');
  await expectAccessible(admin);
  // A past date: no running case's clock crosses it, so other tests are unaffected.
  await admin.getByLabel('日期').fill('2020-03-03');
  await admin.getByLabel('类型').selectOption('holiday');
  await admin.getByLabel('名称').fill('测试休假');
  await admin.getByRole('button', { name: '保存并重算期限' }).click();
  await expect(admin.getByText(/已保存，\d+ 个期限已按新日历重算。/)).toBeVisible();
  const row = admin.getByRole('row', { name: /2020-03-03/ });
  await expect(row.getByText('测试休假')).toBeVisible();
  await expect(row.getByText('管理员录入')).toBeVisible();
  // A holiday on a Saturday is refused with a reason.
  await admin.getByLabel('日期').fill('2020-03-07');
  await admin.getByLabel('名称').fill('周六');
  await admin.getByRole('button', { name: '保存并重算期限' }).click();
  await expect(admin.getByText('周六、周日本来就休息，节假日请设在周一至周五。')).toBeVisible();
  await row.getByRole('button', { name: '删除' }).click();
  await expect(admin.getByRole('row', { name: /2020-03-03/ })).toHaveCount(0);
  await expectAccessible(admin);
});
