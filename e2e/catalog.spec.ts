import { expect, expectAccessible, test } from './fixtures';

// The public side of the catalog, without signing in: search, guide, tailored checklist, PDF, open data.
test('a visitor finds a service by pinyin initials and tailors its checklist', async ({ page }) => {
  await page.goto('/services');
  await page.getByLabel('关键词').fill('ggcs');
  await page.getByLabel('办件类型').selectOption('PROMISED');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/q=ggcs/);
  await expect(page.getByText(/共找到 \d+ 个事项/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: '公共场所卫生许可（新办）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '公共场所卫生许可（新办）' })).toBeVisible();
  const materials = page.getByRole('heading', { name: /申请材料（\d+ 项）/ });
  await expect(materials).toHaveText('申请材料（7 项）');
  await expect(page.getByText('集中空调通风系统卫生检测或者评价报告')).toHaveCount(0);
  // The guide names the result and its kind, and the ways to be served.
  await expect(page.getByText('公共场所卫生许可证（证照）')).toBeVisible();
  await expect(page.getByText('服务方式')).toBeVisible();

  await page.getByLabel('使用集中空调通风系统').check();
  await page.getByRole('button', { name: '生成材料清单' }).click();
  await expect(materials).toHaveText('申请材料（8 项）');
  await expect(page.getByText('集中空调通风系统卫生检测或者评价报告')).toBeVisible();
  await expect(page.getByRole('button', { name: '打印材料清单' })).toBeVisible();
  await expectAccessible(page);

  const pdfLink = page.getByRole('link', { name: '下载 PDF' });
  const href = await pdfLink.getAttribute('href');
  expect(href).toMatch(/^\/services\/511A0015500009\/checklist\.pdf\?s=/);
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the open data page links to answering JSON endpoints', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '开放数据' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '开放数据' })).toBeVisible();
  await expectAccessible(page);
  const services = await page.request.get('/open311/v2/services.json');
  expect(services.headers()['content-type']).toMatch(/^application\/json/);
  expect((await services.json()).length).toBeGreaterThan(0);
});

test('a visitor finds an item by its full name and sees the materials that may apply, whatever is ticked', async ({ page }) => {
  // Typed with full-width brackets, as the official name is written.
  await page.goto(`/services?q=${encodeURIComponent('公共场所卫生许可（新办）')}`);
  await expect(page.getByRole('link', { name: '公共场所卫生许可（新办）' })).toBeVisible();
  // A homophone typed by mistake still finds the passport.
  await page.goto(`/services?q=${encodeURIComponent('护炤')}`);
  await expect(page.getByRole('link', { name: '普通护照签发' })).toBeVisible();

  await page.goto('/services/000131128000');
  await expect(page.getByRole('heading', { level: 1, name: '个体工商户设立登记' })).toBeVisible();
  const prior = page.getByRole('listitem').filter({ hasText: '前置许可批准文件' });
  await expect(prior).toContainText('如适用');
  await expect(prior).toContainText('经营范围涉及登记前须经批准的项目时提交');
  for (const box of await page.getByRole('group').getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: '生成材料清单' }).click();
  await expect(page).toHaveURL(/s=/);
  await expect(prior).toContainText('如适用');
  await expectAccessible(page);
});
