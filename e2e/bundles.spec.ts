import { expect, expectAccessible, pdfFile, test } from './fixtures';

// 开办餐饮店“一件事”: no other spec applies for a bundle, so the bundle case is this test's own.
test('a visitor finds a bundle above single items, an applicant applies with one form and each material once, the window accepts it as one case', async ({
  page,
  pageAs,
}) => {
  test.setTimeout(180_000);
  // 一次告知: found by its initials, above the single items; the guide lists fewer materials than item by item.
  await page.goto('/services?q=kbcyd');
  await page.getByRole('link', { name: '开办餐饮店“一件事”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '开办餐饮店“一件事”' })).toBeVisible();
  await page.getByLabel('设置户外招牌').check();
  await page.getByRole('button', { name: '生成材料清单' }).click();
  await expect(page.getByRole('cell', { name: /户外招牌设置/ })).toBeVisible();
  await expect(page.getByText(/分别办理需提交 \d+ 项/)).toBeVisible();
  await expectAccessible(page);

  // 一表申请, 一套材料.
  const applicant = await pageAs('zhangsan');
  await applicant.goto('/me/bundles/apply/YJS-KBCYD?s=%E8%AE%BE%E7%BD%AE%E6%88%B7%E5%A4%96%E6%8B%9B%E7%89%8C');
  await expect(applicant.getByRole('heading', { name: /申请：开办餐饮店/ })).toBeVisible();
  await applicant.getByRole('button', { name: '提交申请' }).click();
  await expect(applicant.getByLabel('联系电话')).toHaveAccessibleDescription('请输入正确的手机号或固定电话（如 0826-2345678）。');
  await expectAccessible(applicant);

  // The 营业执照 the food licence needs is the business license's result: not asked of the applicant.
  await expect(applicant.getByText('由本件“个体工商户设立登记”办结后的结果自动获取，无需提交')).toBeVisible();
  await applicant.getByLabel('联系电话').fill('13800000001');
  // The form is saved as a draft a moment after typing stops, and comes back on reload.
  await expect(applicant.getByText(/草稿已于 .* 自动保存/)).toBeVisible({ timeout: 30_000 });
  await applicant.reload();
  await expect(applicant.getByLabel('联系电话')).toHaveValue('13800000001');
  await expect(applicant.getByText(/草稿已于 .* 自动保存/)).toBeVisible();
  for (const input of await applicant.locator('input[name^="answers."]').all()) {
    const type = await input.getAttribute('type');
    await input.fill(type === 'date' ? '2026-12-20' : (await input.getAttribute('inputmode')) === 'decimal' ? '120' : '示范县张记小馆');
  }
  for (const select of await applicant.locator('select[name^="answers."]').all()) await select.selectOption({ index: 1 });
  const files = applicant.locator('input[type=file]');
  const count = await files.count();
  for (let i = 0; i < count; i++) await files.nth(i).setInputFiles(pdfFile(`material-${i}.pdf`));
  await applicant.getByRole('button', { name: '提交申请' }).click();
  await expect(applicant.getByText('申请已提交，窗口将一次性审核全部事项的材料。')).toBeVisible();
  await expect(applicant.getByRole('cell', { name: '食品经营许可（新办）' })).toBeVisible();
  await expectAccessible(applicant);

  // 一窗受理: one row in the queue, one acceptance.
  const clerk = await pageAs('clerk');
  await clerk.goto(applicant.url().replace('/me/bundles/', '/desk/bundles/').replace(/\?.*$/, ''));
  await expect(clerk.getByRole('heading', { level: 1, name: '开办餐饮店“一件事”' })).toBeVisible();
  await expectAccessible(clerk);
  await clerk.getByRole('button', { name: '一次受理' }).click();
  // The food license waits for the business license; the others are routed with their sub-numbers.
  await expect(clerk.getByText('待前置事项办结').first()).toBeVisible();
  await expect(clerk.getByText(/^\d{6}-\d{8}-\d{5}-\d{2}$/).first()).toBeVisible();
  await expectAccessible(clerk);
});
