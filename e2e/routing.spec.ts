import { expect, expectAccessible, openInboxTask, submitApplicationForm, test, uploadMissingMaterials } from './fixtures';

// Five people act in turn on one case: longer than the default budget on a busy machine.
test.describe.configure({ timeout: 180_000 });

// A joint item (联办件) through two departments' reviewers to a result handed over at the window.
test('a joint application goes through two departments and its result is handed over at the window', async ({ pageAs }) => {
  const applicant = await pageAs('qiye');
  await applicant.goto('/services?q=企业开办');
  await applicant.getByRole('link', { name: '企业开办“一件事”（集成办理）' }).first().click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await expect(applicant.getByText(/已从您的材料库自动调用 \d+ 项电子证照/)).toBeVisible();
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const caseUrl = applicant.url();
  const id = caseUrl.split('/').pop()!;

  const clerk = await pageAs('clerk');
  await clerk.goto(`/desk/applications/${id}`);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible();
  const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];

  // Stage 1: the county market regulator claims the task and approves.
  const market = await pageAs('reviewer.scj');
  await market.goto('/review');
  await expectAccessible(market);
  await openInboxTask(market, receiptNumber);
  await market.getByRole('button', { name: '认领本任务' }).click();
  await expect(market.getByText('已认领。')).toBeVisible();
  await expectAccessible(market);
  await market.getByLabel('审查意见').fill('登记材料齐全，同意。');
  await market.getByRole('button', { name: '同意（准予）' }).click();
  await market.getByRole('dialog', { name: '确认同意（准予）' }).getByRole('button', { name: '确认同意' }).click();
  await expect(market.getByText('审查意见已提交。')).toBeVisible();

  // Stage 2 runs in parallel: the police see the other departments of the stage, then deny with reasons.
  const police = await pageAs('reviewer.ga');
  await police.goto('/review');
  await openInboxTask(police, receiptNumber);
  await expect(police.getByRole('heading', { name: '同一环节其他部门的意见' })).toBeVisible();
  await expectAccessible(police);
  await police.getByLabel('审查意见').fill('印章式样不符合《印章管理办法》规定。');
  await police.getByRole('button', { name: '不同意（不予）' }).click();
  await police.getByRole('dialog', { name: '确认不同意（不予）' }).getByRole('button', { name: '确认不予' }).click();
  await expect(police.getByText('审查意见已提交。')).toBeVisible();

  // The result window hands the notice over, checking the receiver's ID (送达回证).
  // The person at the window gives the receipt number; the clerk finds the result by it.
  await clerk.goto('/desk/results');
  await expectAccessible(clerk);
  await clerk.getByRole('searchbox', { name: '查找待送达结果' }).fill(receiptNumber);
  await clerk.getByRole('button', { name: '查找', exact: true }).click();
  await expect(clerk).toHaveURL(/\/desk\/results\?q=/);
  const card = clerk.locator('li', { hasText: receiptNumber });
  await expect(card.getByText('不予', { exact: true })).toBeVisible();
  await expectAccessible(clerk);
  await card.getByLabel('领取人证件号码').fill('511602198801011234');
  await card.getByRole('button', { name: '确认送达' }).click();
  await expect(card.getByText('窗口领取须核验领取人身份证件。')).toBeVisible();
  // The form is reset after a refused submission.
  await card.getByLabel('领取人证件号码').fill('511602198801011234');
  await card.getByLabel('已核验领取人身份证件').check();
  await card.getByRole('button', { name: '确认送达' }).click();
  await expect(clerk.getByText('已送达，送达回证已记录。')).toBeVisible();
  await expect(clerk.getByText(receiptNumber)).toHaveCount(0);

  await applicant.goto(caseUrl);
  await expect(applicant.getByText(receiptNumber).first()).toBeVisible();
  await expect(applicant.getByText('已送达').first()).toBeVisible();
});

test('an immediate item is proposed by the clerk and confirmed by the window lead', async ({ pageAs }) => {
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/services?q=就业创业证');
  await applicant.getByRole('link', { name: '《就业创业证》申领' }).first().click();
  await applicant.getByRole('link', { name: '在线申报' }).click();
  await expect(applicant.getByText(/已从您的材料库自动调用 \d+ 项电子证照/)).toBeVisible();
  await uploadMissingMaterials(applicant);
  await submitApplicationForm(applicant);
  const id = applicant.url().split('/').pop()!;

  const clerk = await pageAs('clerk');
  await clerk.goto(`/desk/applications/${id}`);
  await clerk.getByRole('button', { name: '受理', exact: true }).click();
  const accepted = clerk.getByText(/已受理，受理编号 511602-\d{8}-\d{5}/);
  await expect(accepted).toBeVisible();
  const receiptNumber = (await accepted.textContent())!.match(/511602-\d{8}-\d{5}/)![0];

  await clerk.goto('/desk/immediate');
  const item = clerk.locator('li', { hasText: receiptNumber });
  await item.getByLabel('意见和理由').fill('符合申领条件。');
  await item.getByRole('button', { name: '拟准予' }).click();
  await expect(item.getByText('等待另一名窗口负责人确认。')).toBeVisible();
  await expectAccessible(clerk);

  const lead = await pageAs('lead');
  await lead.goto('/desk/immediate');
  const proposal = lead.locator('li', { hasText: receiptNumber });
  await expect(proposal.getByText('符合申领条件。')).toBeVisible();
  await expectAccessible(lead);
  await proposal.getByRole('button', { name: '确认办结' }).click();
  await expect(lead.getByText('已确认，办件已办结。')).toBeVisible();
  await expect(lead.getByText(receiptNumber)).toHaveCount(0);
});
