import { expect, expectAccessible, test } from './fixtures';

// 普通护照签发 belongs to the county 公安局 (reviewer.ga). Its three always-required materials are attributes.
const PASSPORT = '511A0116400001';

test.setTimeout(120_000);

test('the admin issues a key, a partner files a request, the department answers it in the portal, the partner reads the answer', async ({
  pageAs,
  request,
}) => {
  const partner = `12345 热线 ${Date.now()}`;
  const question = `市民来电：办理护照的照片有什么要求？（${Date.now()}）`;
  const answer = '近 6 个月内白底彩色证件照，可在出入境窗口现场采集。';

  const admin = await pageAs('admin');
  await admin.goto('/admin/api-keys');
  await expect(admin.getByRole('heading', { level: 1, name: '接口密钥' })).toBeVisible();
  await admin.waitForLoadState('networkidle');
  await expectAccessible(admin);
  await admin.getByLabel('合作系统').fill(partner);
  await admin.getByLabel('每小时上限').fill('30');
  await admin.getByRole('button', { name: '签发' }).click();
  const shown = admin.getByTestId('issued-key');
  await expect(shown).toHaveText(/^o311_/, { timeout: 30_000 });
  const key = (await shown.textContent())!.trim();
  await expectAccessible(admin);

  // Filed through the built app, as a partner would, in XML (the specification's default).
  const filed = await request.post(`/open311/v2/requests.xml`, {
    form: {
      api_key: key,
      service_code: PASSPORT,
      description: question,
      'attribute[material_1]': '已备齐',
      'attribute[material_2]': '已备齐',
      'attribute[material_3]': '不清楚要求',
      first_name: '小明',
      last_name: '王',
      phone: '13800002222',
    },
  });
  expect(filed.status()).toBe(201);
  expect(filed.headers()['content-type']).toMatch(/^text\/xml/);
  const id = /<service_request_id>([^<]+)<\/service_request_id>/.exec(await filed.text())![1]!;

  const reviewer = await pageAs('reviewer.ga');
  await reviewer.goto('/review/inquiries');
  await expect(reviewer.getByRole('heading', { level: 1, name: '咨询答复' })).toBeVisible();
  await reviewer.waitForLoadState('networkidle');
  const entry = reviewer.getByRole('listitem').filter({ hasText: question });
  await expect(entry).toContainText(`来自 ${partner}`);
  await expect(entry).toContainText('13800002222');
  await expectAccessible(reviewer);
  await entry.getByLabel('答复内容').fill(answer);
  await entry.getByRole('button', { name: '提交答复' }).click();
  await expect(entry).toContainText('已答复', { timeout: 30_000 });

  const read = await request.get(`/open311/v2/requests/${id}.json`);
  expect(read.status()).toBe(200);
  const [status] = await read.json();
  expect(status).toMatchObject({ service_request_id: id, status: 'closed', status_notes: answer, service_code: PASSPORT });
  expect(JSON.stringify(status)).not.toContain('13800002222');

  // The paths the portal used to answer with its HTML 404.
  const missing = await request.get('/open311/v2/requests/nothing/here.json');
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual([{ code: 404, description: expect.any(String) }]);
  expect((await request.get('/open311/v2/services.xml')).headers()['content-type']).toMatch(/^text\/xml/);

  // Revoked, the key files nothing more.
  await admin.reload();
  admin.once('dialog', (d) => d.accept());
  await admin.getByRole('button', { name: `吊销“${partner}”的密钥` }).click();
  await expect(admin.getByRole('row').filter({ hasText: partner })).toContainText('已于', { timeout: 30_000 });
  const refused = await request.post(`/open311/v2/requests.json`, { form: { api_key: key, service_code: PASSPORT, description: question } });
  expect(refused.status()).toBe(403);
});
