import { expect, expectAccessible, pdfFile, test } from './fixtures';

// 一窗受理 of a bundle for a person at the counter, as wide as a window's screen and as narrow as a phone.
const people = [
  { width: 1280, idNumber: '511602199001011252', name: '赵六', phone: '13977770011' },
  { width: 390, idNumber: '511602198512120026', name: '孙八', phone: '13977770012' },
];

for (const person of people) {
  test(`the window registers a bundle for a walk-in with one form and each material once, and accepts it once, at ${person.width} px`, async ({ pageAs }) => {
    test.setTimeout(180_000);
    const clerk = await pageAs('clerk');
    await clerk.setViewportSize({ width: person.width, height: 900 });
    await clerk.goto('/desk/walk-in');
    await clerk.getByRole('link', { name: /一件事窗口受理/ }).click();
    await expect(clerk.getByRole('heading', { level: 1, name: '一件事窗口受理' })).toBeVisible();
    await clerk.getByLabel('一件事', { exact: true }).selectOption({ label: '开办餐饮店“一件事”' });
    await clerk.getByRole('button', { name: '显示表单和材料' }).click();
    await clerk.waitForURL(/code=YJS-KBCYD/);
    await clerk.getByLabel('设置户外招牌').check();
    await clerk.getByRole('button', { name: '显示表单和材料' }).click();
    await expect(clerk.getByText(/本次办理的事项：.*户外招牌设置/)).toBeVisible();
    // The 营业执照 the food licence needs is the business license's result: not asked at the counter.
    await expect(clerk.getByText('由本件“个体工商户设立登记”办结后的结果自动获取，无需提交')).toBeVisible();
    await expectAccessible(clerk);

    // Nothing filled: every problem named at its field, nothing stored.
    await clerk.getByRole('button', { name: '登记一件事申请' }).click();
    await expect(clerk.getByLabel('身份证号')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(clerk);

    await clerk.getByLabel('身份证号').fill(person.idNumber);
    await clerk.getByRole('textbox', { name: '姓名', exact: true }).fill(person.name);
    await clerk.getByLabel('手机号').fill(person.phone);
    for (const input of await clerk.locator('input[name^="answers."]').all()) {
      const type = await input.getAttribute('type');
      await input.fill(type === 'date' ? '2026-12-20' : (await input.getAttribute('inputmode')) === 'decimal' ? '120' : '示范县小馆');
    }
    for (const select of await clerk.locator('select[name^="answers."]').all()) await select.selectOption({ index: 1 });
    const files = clerk.locator('input[type=file]');
    const count = await files.count();
    for (let i = 0; i < count; i++) await files.nth(i).setInputFiles(pdfFile(`scan-${i}.pdf`));
    expect(await clerk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(person.width);
    await clerk.getByRole('button', { name: '登记一件事申请' }).click();

    // The same acceptance as an online bundle.
    await expect(clerk.getByText('一件事申请已登记。请核对材料后一次受理，或发出一次性补正告知。')).toBeVisible({ timeout: 30_000 });
    await expect(clerk.getByRole('heading', { level: 1, name: '开办餐饮店“一件事”' })).toBeVisible();
    await expectAccessible(clerk);
    await clerk.getByRole('button', { name: '一次受理' }).click();
    await expect(clerk.getByText('待前置事项办结').first()).toBeVisible();
    await expect(clerk.getByText(/^\d{6}-\d{8}-\d{5}-\d{2}$/).first()).toBeVisible();
    expect(await clerk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(person.width);
    await expectAccessible(clerk);
  });
}
