import pg from 'pg';
import type { Page } from '@playwright/test';
import { errorSummary, expect, expectAccessible, pdfFile, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// Issue 13, points 3, 6 and 8: forms that say what is wrong, the short rating, the reviewer's task page; on a desktop and on a phone.
test.describe.configure({ timeout: 180_000 });

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

async function openTaskId(applicationId: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "DepartmentTask" WHERE "applicationId" = $1 AND status = 'OPEN'`, [applicationId]);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

/** The level-2 headings of the page's main column, top to bottom. */
async function headingOrder(page: Page): Promise<string[]> {
  return (await page.locator('main h2').allTextContents()).map((s) => s.trim());
}

async function startApplication(applicant: Page) {
  await applicant.goto('/services?q=护照');
  await applicant.getByRole('link', { name: '普通护照签发' }).first().click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await expect(applicant.getByRole('button', { name: '提交申请' })).toBeVisible({ timeout: 30_000 });
}

for (const size of WIDTHS) {
  test.describe(`at ${size.width} px`, () => {
    const as = async (pageAs: (u: string) => Promise<Page>, username: string) => {
      const page = await pageAs(username);
      await page.setViewportSize(size);
      return page;
    };

    test('the apply form lists its errors, the reviewer confirms the decision, the applicant rates in one question', async ({ pageAs }) => {
      // Point 3 on the apply form: every invalid field at the top, focused, each a link; fixed fields drop out.
      const applicant = await as(pageAs, 'zhangsan');
      await startApplication(applicant);
      await applicant
        .getByLabel(/^联系人/)
        .first()
        .fill('');
      await applicant.getByLabel('联系电话').fill('123');
      await applicant.getByRole('button', { name: '提交申请' }).click();
      const summary = errorSummary(applicant);
      await expect(summary).toBeFocused({ timeout: 30_000 });
      const links = summary.getByRole('link');
      await expect(summary.getByRole('link', { name: /^联系人.*：/ })).toBeVisible();
      await expect(summary.getByRole('link', { name: /^联系电话：/ })).toBeVisible();
      const before = await links.count();
      expect(before).toBe(2);
      await expectAccessible(applicant);
      await summary.getByRole('link', { name: /^联系电话：/ }).click();
      await expect(applicant.getByLabel('联系电话')).toBeFocused();
      await applicant.getByLabel('联系电话').fill('13912345678');
      await expect(summary.getByRole('link', { name: /^联系电话：/ })).toHaveCount(0);
      await expect(applicant.getByLabel('联系电话')).not.toHaveAttribute('aria-invalid', 'true');
      await expect(links).toHaveCount(before - 1);
      await applicant
        .getByLabel(/^联系人/)
        .first()
        .fill('张三');
      await uploadMissingMaterials(applicant);
      await submitApplicationForm(applicant);
      const caseUrl = applicant.url();
      const id = new URL(caseUrl).pathname.split('/').pop()!;

      const clerk = await as(pageAs, 'clerk');
      await clerk.goto(`/desk/applications/${id}`);
      await clerk.getByRole('button', { name: '受理', exact: true }).click();
      await expect(clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/)).toBeVisible();

      // Point 8: materials and the decision first, the rarely used clock forms folded below.
      const reviewer = await as(pageAs, 'reviewer.ga');
      await reviewer.goto(`/review/tasks/${await openTaskId(id)}`);
      const order = await headingOrder(reviewer);
      const at = (name: string) => order.indexOf(name);
      expect(at('申请材料')).toBeGreaterThan(-1);
      expect(at('审查决定')).toBeGreaterThan(at('申请材料'));
      expect(at('中止计时与延期')).toBeGreaterThan(at('审查决定'));
      await expect(reviewer.getByText('中止计时、申请延期（较少使用）')).toBeVisible();
      await expect(reviewer.getByRole('button', { name: '申请延期' })).toBeHidden();
      await expectAccessible(reviewer);
      await reviewer.getByText('中止计时、申请延期（较少使用）').click();
      await expect(reviewer.getByRole('button', { name: '申请延期' })).toBeVisible();
      await expect(reviewer.getByRole('button', { name: '中止计时' })).toBeVisible();

      // A denial without reasons is stopped at the field, before any confirmation.
      await reviewer.getByRole('button', { name: '不同意（不予）' }).click();
      await expect(reviewer.getByRole('dialog')).toHaveCount(0);
      await expect(reviewer.getByLabel('审查意见')).toHaveAccessibleDescription(/不予批准时必须说明理由。/);
      await expect(reviewer.getByLabel('审查意见')).toBeFocused();

      // The denial's confirmation shows the letter and the reasons as typed; going back sends nothing.
      await reviewer.getByLabel('审查意见').fill('照片不符合出入境证件照片标准。');
      await reviewer.getByRole('button', { name: '不同意（不予）' }).click();
      const deny = reviewer.getByRole('dialog', { name: '确认不同意（不予）' });
      await expect(deny).toBeVisible();
      await expect(deny.getByText(/出具《不予(行政许可|办理)决定书》/)).toBeVisible();
      await expect(deny.getByText('照片不符合出入境证件照片标准。')).toBeVisible();
      await expectAccessible(reviewer);
      await deny.getByRole('button', { name: '返回修改' }).click();
      await expect(deny).toBeHidden();

      // The approval's confirmation says what is issued: the last stage concludes with the result.
      await reviewer.getByLabel('审查意见').fill('材料齐全，准予签发。');
      await reviewer.getByRole('button', { name: '同意（准予）' }).click();
      const approve = reviewer.getByRole('dialog', { name: '确认同意（准予）' });
      await expect(approve.getByText(/这是最后一个审查环节：同意后办件办结，出具《准予(行政许可|办理)决定书》，办理结果为“.+”。/)).toBeVisible();
      await expect(approve.getByText('材料齐全，准予签发。')).toBeVisible();
      await expectAccessible(reviewer);
      await approve.getByRole('button', { name: '确认同意' }).click();
      await expect(reviewer.getByText('审查意见已提交。')).toBeVisible();

      // Point 6: one short question per stage, the details folded.
      await applicant.goto(caseUrl);
      const rating = applicant.getByRole('form', { name: '评价本次服务：办结' });
      await expect(rating.getByRole('group', { name: '总体满意程度' })).toBeVisible();
      await expect(rating.getByRole('group', { name: '办事效率' })).toBeHidden();
      await expect(rating.getByText('补充评价（可选）：分项评分、意见建议')).toBeVisible();
      await rating.getByRole('button', { name: '提交评价' }).click();
      await expect(errorSummary(applicant).getByRole('link', { name: '总体满意程度：请选择满意程度。' })).toBeVisible();
      await expect(errorSummary(applicant)).toBeFocused();
      await expectAccessible(applicant);
      await rating.getByRole('radio', { name: '★4 满意' }).first().check();
      await expect(errorSummary(applicant)).toHaveCount(0);
      await rating.getByRole('button', { name: '提交评价' }).click();
      await expect(applicant.getByText('办结：★4 满意')).toBeVisible();
    });

    test('the walk-in form lists its errors and drops each once fixed', async ({ pageAs }) => {
      const clerk = await as(pageAs, 'clerk');
      await clerk.goto('/desk/walk-in');
      const option = clerk.locator('#code option', { hasText: '普通护照签发' }).first();
      await clerk.locator('#code').selectOption((await option.getAttribute('value'))!);
      await clerk.getByRole('button', { name: '显示所需材料' }).click();
      await expect(clerk.getByRole('heading', { name: '材料核验' })).toBeVisible();
      await clerk.getByRole('button', { name: '代为提交申请' }).click();
      const summary = errorSummary(clerk);
      await expect(summary).toBeFocused({ timeout: 30_000 });
      await expect(summary.getByRole('link', { name: /^居民身份证号码：/ })).toBeVisible();
      await expect(summary.getByRole('link', { name: /^姓名：/ })).toBeVisible();
      await expect(summary.getByRole('link', { name: /^联系电话：/ })).toBeVisible();
      await expectAccessible(clerk);
      await summary.getByRole('link', { name: /^姓名：/ }).click();
      await expect(clerk.getByLabel('姓名')).toBeFocused();
      await clerk.keyboard.type('赵六');
      await expect(summary.getByRole('link', { name: /^姓名：/ })).toHaveCount(0);
      // Dropping the error re-renders the form: what was typed (a controlled field) stays.
      await expect(clerk.getByLabel('姓名')).toHaveValue('赵六');
      await expect(summary.getByRole('link', { name: /^联系电话：/ })).toBeVisible();
    });

    test('the answer to a correction notice lists the missing material and drops it once chosen', async ({ pageAs }) => {
      const applicant = await as(pageAs, 'zhangsan');
      await startApplication(applicant);
      await uploadMissingMaterials(applicant);
      await submitApplicationForm(applicant);
      const caseUrl = applicant.url();
      const id = new URL(caseUrl).pathname.split('/').pop()!;

      const clerk = await as(pageAs, 'clerk');
      await clerk.goto(`/desk/applications/${id}`);
      await clerk.getByRole('tab', { name: '一次性告知补正' }).click();
      await clerk
        .getByLabel(/的审核结果$/)
        .last()
        .selectOption('DEFECTIVE');
      await clerk
        .getByLabel(/的补正说明$/)
        .last()
        .fill('扫描件不清晰，请重新上传');
      await clerk.getByRole('button', { name: '发送一次性告知书' }).click();
      await expect(clerk.getByText('补正告知书已发送给申请人。')).toBeVisible();

      await applicant.goto(caseUrl);
      await applicant.getByRole('button', { name: '提交补正材料' }).click();
      const summary = errorSummary(applicant);
      await expect(summary).toBeFocused({ timeout: 30_000 });
      const link = summary.getByRole('link', { name: /：请上传此项材料。$/ });
      await expect(link).toHaveCount(1);
      await expectAccessible(applicant);
      await link.click();
      const input = applicant.locator('input[type=file]:focus');
      await expect(input).toHaveCount(1);
      await input.setInputFiles(pdfFile('replacement.pdf'));
      await expect(summary).toHaveCount(0);
    });

    test('the item form lists every invalid field of every section, each a link', async ({ pageAs }) => {
      const admin = await as(pageAs, 'admin');
      await admin.goto('/admin/items/new');
      await admin.getByLabel('事项名称').fill('');
      await admin.getByRole('button', { name: '创建草稿' }).click();
      const summary = errorSummary(admin);
      await expect(summary).toBeFocused({ timeout: 30_000 });
      await expect(summary.getByRole('link', { name: /^基本编码：/ })).toBeVisible();
      await expect(summary.getByRole('link', { name: /^事项名称：/ })).toBeVisible();
      await expectAccessible(admin);
      await summary.getByRole('link', { name: /^事项名称：/ }).click();
      await expect(admin.getByLabel('事项名称')).toBeFocused();
      await admin.keyboard.type('测试事项');
      await expect(summary.getByRole('link', { name: /^事项名称：/ })).toHaveCount(0);
      await expect(admin.getByLabel('事项名称')).toHaveValue('测试事项');
      await expect(summary.getByRole('link', { name: /^基本编码：/ })).toBeVisible();
    });
  });
}
