import pg from 'pg';
import { expect, expectAccessible, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

/*
 * A special procedure (an inspection) starts on the accepted case's open step,
 * as startSuspension records it: the suspension from an hour ago, expected to
 * end in three days, and the case SUSPENDED. Returns the check value for /track.
 */
async function suspend(receiptNumber: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT a.id, a."checkCode", t.id AS "taskId", (SELECT id FROM "User" WHERE username = 'reviewer.ga') AS "reviewerId"
       FROM "Application" a JOIN "DepartmentTask" t ON t."applicationId" = a.id AND t.status = 'OPEN' WHERE a."receiptNumber" = $1`,
      [receiptNumber],
    );
    const c = rows[0];
    await client.query(
      `INSERT INTO "Suspension" (id, "applicationId", "taskId", kind, reason, "startedAt", "expectedEndAt", "startedById")
       VALUES ('e2e-suspension', $1, $2, 'INSPECTION', '核查户籍信息', (now() AT TIME ZONE 'UTC') - interval '1 hour', (now() AT TIME ZONE 'UTC') + interval '3 days', $3)`,
      [c.id, c.taskId, c.reviewerId],
    );
    await client.query(`UPDATE "Application" SET status = 'SUSPENDED' WHERE id = $1`, [c.id]);
    return c.checkCode as string;
  } finally {
    await client.end();
  }
}

const STOPPED = /计时已暂停（自 .+ 起），恢复计时后剩余 \d+(\.5)? 个工作日；如按预计于 .+ 结束，届时到期日为 .+/;

test('a suspended case shows its clock stopped to the applicant, on /track, to the reviewer and to the supervisor', async ({ pageAs, page }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/services?q=护照');
  await applicant.getByRole('link', { name: '普通护照签发' }).click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const caseUrl = new URL(applicant.url()).pathname;
  const caseId = caseUrl.split('/').pop()!;

  const clerk = await pageAs('clerk');
  await clerk.goto(`/desk/applications/${caseId}`);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible();
  const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];
  const checkCode = await suspend(receiptNumber);

  // The applicant: the case page and the list.
  await applicant.goto(caseUrl);
  await expect(applicant.getByTestId('clock-stopped').first()).toHaveText(STOPPED);
  await expectAccessible(applicant);
  await applicant.goto('/me');
  await expect(applicant.getByRole('row', { name: new RegExp(receiptNumber) }).getByTestId('clock-stopped')).toHaveText(STOPPED);

  // Anyone with the receipt and the check value.
  await page.goto(`/track?no=${receiptNumber}&code=${checkCode}`);
  await expect(page.getByTestId('clock-stopped')).toHaveText(STOPPED);

  // The reviewer's inbox.
  const reviewer = await pageAs('reviewer.ga');
  await reviewer.goto('/review');
  await expect(reviewer.getByRole('row', { name: new RegExp(receiptNumber) }).getByTestId('clock-stopped')).toHaveText(STOPPED);

  // The supervisor: the board and the case's clock.
  const supervisor = await pageAs('supervisor');
  await supervisor.goto('/oversee');
  await expect(supervisor.getByRole('row', { name: new RegExp(receiptNumber) }).getByTestId('clock-stopped')).toHaveText(STOPPED);
  await supervisor.goto(`/oversee/applications/${caseId}`);
  await expect(supervisor.getByTestId('clock-stopped').first()).toHaveText(STOPPED);
  await expectAccessible(supervisor);
});
