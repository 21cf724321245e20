// Open311 GeoReport v2 end to end, through the route handlers: every path in
// both formats checked against the specification's field lists, and a request
// filed by a partner, answered in the portal by staff, and read back.
import { describe, expect, it } from 'vitest';
import { GET as unknownPath } from '@/app/open311/v2/[...path]/route';
import { GET as discoveryJson, POST as discoveryPost } from '@/app/open311/v2/discovery.json/route';
import { GET as discoveryXml } from '@/app/open311/v2/discovery.xml/route';
import { GET as listJson, POST as postJson } from '@/app/open311/v2/requests.json/route';
import { GET as listXml, POST as postXml } from '@/app/open311/v2/requests.xml/route';
import { GET as oneRequest } from '@/app/open311/v2/requests/[file]/route';
import { GET as definition } from '@/app/open311/v2/services/[file]/route';
import { GET as servicesJson } from '@/app/open311/v2/services.json/route';
import { GET as servicesXml } from '@/app/open311/v2/services.xml/route';
import { GET as tokens } from '@/app/open311/v2/tokens/[file]/route';
import { createDraftVersion } from '@/lib/catalog-admin/create-draft-version';
import { publishVersion } from '@/lib/catalog-admin/publish-version';
import { shanghaiDate } from '@/lib/clock/calendar';
import { loadClock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { answerInquiry } from '@/lib/inquiries/answer-inquiry';
import { listInquiries } from '@/lib/inquiries/list-inquiries';
import { issueApiKey } from '@/lib/open311/issue-api-key';
import { listApiKeys } from '@/lib/open311/list-api-keys';
import { revokeApiKey } from '@/lib/open311/revoke-api-key';
import { actorOf } from '../support/factories';
import { checkJson, checkXml, readXml, SPEC, type Shape } from '../support/open311-spec';

const BASE = 'http://portal.test';
const get = (path: string) => new Request(`${BASE}${path}`);
const params = <T>(p: T) => ({ params: Promise.resolve(p) });
const PASSPORT = '普通护照签发'; // answered by the police (reviewer.ga)

type Spec = { root: string; shape: Shape };

/** A response checked against the specification in its format; returns the JSON body or the XML tree. */
async function conforms(response: Response, spec: Spec, format: 'json' | 'xml', status = 200) {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  if (format === 'json') {
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text);
    expect(checkJson(spec.shape, body)).toEqual([]);
    return body;
  }
  expect(response.headers.get('content-type')).toMatch(/^text\/xml/);
  const tree = readXml(text);
  expect(tree.name).toBe(spec.root);
  expect(checkXml(spec.shape, tree)).toEqual([]);
  return tree;
}

function form(fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return body;
}
const post = (format: 'json' | 'xml', fields: Record<string, string | string[]>) =>
  new Request(`${BASE}/open311/v2/requests.${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form(fields),
  });

/** Valid values for the attributes a definition requires (and the situations list, when there is one). */
async function attributesFor(code: string): Promise<Record<string, string | string[]>> {
  const d = await (await definition(get(`/open311/v2/services/${code}.json`), params({ file: `${code}.json` }))).json();
  const values: Record<string, string | string[]> = {};
  for (const a of d.attributes as { code: string; datatype: string; required: boolean; values?: { key: string }[] }[]) {
    if (!a.required && a.code !== 'situations') continue;
    const name = a.datatype === 'multivaluelist' ? `attribute[${a.code}][]` : `attribute[${a.code}]`;
    values[name] =
      a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist'
        ? a.values![0]!.key
        : a.datatype === 'number'
          ? '12'
          : a.datatype === 'datetime'
            ? '2026-12-01'
            : '已备齐';
  }
  return values;
}

async function partnerKey(rateLimitPerHour = 100) {
  return (await issueApiKey(await actorOf('admin'), { name: '12345 热线', rateLimitPerHour })).key;
}

describe('Open311 GeoReport v2: the specification in both formats', () => {
  it('discovery, services and service definitions conform in JSON and XML', async () => {
    const d = await conforms(await discoveryJson(get('/open311/v2/discovery.json')), SPEC.discovery, 'json');
    expect(d.endpoints[0]).toMatchObject({ url: `${BASE}/open311/v2`, formats: ['text/xml', 'application/json'] });
    await conforms(await discoveryXml(get('/open311/v2/discovery.xml')), SPEC.discovery, 'xml');

    const services = await conforms(await servicesJson(), SPEC.services, 'json');
    const xml = await conforms(await servicesXml(), SPEC.services, 'xml');
    expect(xml.children.length).toBe(services.length);
    expect(services.length).toBeGreaterThan(0);

    const item = await db.serviceItem.findFirstOrThrow({ where: { name: '户口迁移审批' }, select: { basicCode: true } });
    const def = await conforms(await definition(get(''), params({ file: `${item.basicCode}.json` })), SPEC.serviceDefinition, 'json');
    const defXml = await conforms(await definition(get(''), params({ file: `${item.basicCode}.xml` })), SPEC.serviceDefinition, 'xml');
    expect(def.attributes.some((a: { values?: unknown[] }) => a.values?.length)).toBe(true);
    // The same attributes, in the same order, in both formats.
    const codes = defXml.children
      .find((c: { name: string }) => c.name === 'attributes')
      .children.map((a: { children: { name: string; text: string }[] }) => a.children.find((c) => c.name === 'code')!.text);
    expect(codes).toEqual(def.attributes.map((a: { code: string }) => a.code));

    // The changeset moves when the catalog changes: a new version published.
    const admin = await actorOf('admin');
    const passport = await db.serviceItem.findFirstOrThrow({ where: { name: PASSPORT }, select: { id: true } });
    const { versionId } = await createDraftVersion(admin, passport.id);
    await publishVersion(admin, { versionId });
    const after = await (await discoveryJson(get('/open311/v2/discovery.json'))).json();
    expect(Date.parse(after.changeset)).toBeGreaterThan(Date.parse(d.changeset));
    expect(after.endpoints[0].changeset).toBe(after.changeset);
  });

  it('answers the error array with the right status on every path, in the format asked for', async () => {
    await conforms(await definition(get(''), params({ file: 'NOPE.json' })), SPEC.errors, 'json', 404);
    await conforms(await definition(get(''), params({ file: 'NOPE.xml' })), SPEC.errors, 'xml', 404);
    await conforms(await definition(get(''), params({ file: 'NOPE' })), SPEC.errors, 'xml', 404);
    await conforms(await oneRequest(get(''), params({ file: 'nope.json' })), SPEC.errors, 'json', 404);
    await conforms(await tokens(get(''), params({ file: 'nope.xml' })), SPEC.errors, 'xml', 404);
    // Formerly the portal's HTML 404.
    await conforms(await unknownPath(get(''), params({ path: ['requests', 'x', 'y.json'] })), SPEC.errors, 'json', 404);
    await conforms(await unknownPath(get(''), params({ path: ['nothing'] })), SPEC.errors, 'xml', 404);
    const refused = await discoveryPost(new Request(`${BASE}/open311/v2/discovery.json`, { method: 'POST' }));
    expect(refused.headers.get('allow')).toBe('GET');
    await conforms(refused, SPEC.errors, 'json', 405);
    await conforms(await listJson(get('/open311/v2/requests.json?start_date=yesterday')), SPEC.errors, 'json', 400);
    await conforms(await listXml(get('/open311/v2/requests.xml?status=pending')), SPEC.errors, 'xml', 400);

    const passport = await db.serviceItem.findFirstOrThrow({ where: { name: PASSPORT }, select: { basicCode: true } });
    const good = { service_code: passport.basicCode, description: '护照照片有什么要求？', ...(await attributesFor(passport.basicCode)) };
    const noKey = await conforms(await postJson(post('json', good)), SPEC.errors, 'json', 401);
    expect(noKey[0].description).toMatch(/api_key/);
    await conforms(await postXml(post('xml', { ...good, api_key: 'o311_guessed' })), SPEC.errors, 'xml', 403);
    const key = await partnerKey(1);
    const unknown = await conforms(await postJson(post('json', { ...good, api_key: key, service_code: 'NOPE' })), SPEC.errors, 'json', 404);
    expect(unknown[0].description).toMatch(/NOPE/);
    const badAttribute = await conforms(await postJson(post('json', { ...good, api_key: key, 'attribute[colour]': 'red' })), SPEC.errors, 'json', 400);
    expect(badAttribute[0].description).toContain('attribute[colour] is not in the service definition');
    await conforms(await postJson(post('json', { ...good, api_key: key, description: '短' })), SPEC.errors, 'json', 400);
    await conforms(await postJson(post('json', { ...good, api_key: key, lat: '30.1' })), SPEC.errors, 'json', 400);
    const asJson = await postJson(
      new Request(`${BASE}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(good) }),
    );
    await conforms(asJson, SPEC.errors, 'json', 415);

    // The key's hourly limit: one filed, the second refused with 429.
    await conforms(await postJson(post('json', { ...good, api_key: key })), SPEC.postRequest, 'json', 201);
    const limited = await postXml(post('xml', { ...good, api_key: key }));
    expect(limited.headers.get('retry-after')).toBe('3600');
    await conforms(limited, SPEC.errors, 'xml', 429);
    expect(await db.open311Request.count()).toBe(1);
  });

  it('checks required attributes and list values against the service definition', async () => {
    const item = await db.serviceItem.findFirstOrThrow({ where: { basicCode: '511A0015500009' }, select: { basicCode: true } });
    const key = await partnerKey();
    const attributes = await attributesFor(item.basicCode);
    const base = { api_key: key, service_code: item.basicCode, description: '公众聚集场所投入使用前安全检查怎么申请？' };
    const missing = await (await postJson(post('json', { ...base, ...attributes, 'attribute[field_placeName]': '' }))).json();
    expect(missing[0].description).toContain('attribute[field_placeName] is required');
    const wrongChoice = await (await postJson(post('json', { ...base, ...attributes, 'attribute[field_placeCategory]': '游乐场' }))).json();
    expect(wrongChoice[0].description).toContain('attribute[field_placeCategory] has no value "游乐场"');
    const notNumber = await (await postJson(post('json', { ...base, ...attributes, 'attribute[field_floorArea]': '很大' }))).json();
    expect(notNumber[0].description).toContain('attribute[field_floorArea] must be a number');
    const filed = await postXml(post('xml', { ...base, ...attributes }));
    const tree = await conforms(filed, SPEC.postRequest, 'xml', 201);
    expect(tree.children[0].children.find((c: { name: string }) => c.name === 'service_request_id').text).toMatch(/\S/);
  });
});

describe('Open311 requests are 咨询 worked in the portal', () => {
  it('files a request through the API, is answered by staff in the portal, and reads the answer back without personal data', async () => {
    const [admin, police, market] = await Promise.all([actorOf('admin'), actorOf('reviewer.ga'), actorOf('reviewer.scj')]);
    const issued = await issueApiKey(admin, { name: '12345 热线', rateLimitPerHour: 50 });
    expect(issued.key).toMatch(/^o311_/);
    // Only the hash is kept.
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: issued.id } });
    expect(stored.keyHash).not.toContain(issued.key);
    expect(JSON.stringify(stored)).not.toContain(issued.key);

    const passport = await db.serviceItem.findFirstOrThrow({ where: { name: PASSPORT }, select: { id: true, basicCode: true } });
    const contact = {
      first_name: '小明',
      last_name: '王',
      email: 'wang.xm@example.cn',
      phone: '13800001111',
      address_string: '城关镇人民路 8 号 3 单元',
      lat: '30.66',
      long: '104.06',
    };
    const response = await postJson(
      post('json', {
        api_key: issued.key,
        service_code: passport.basicCode,
        description: '市民来电：护照照片有什么要求？',
        ...contact,
        ...(await attributesFor(passport.basicCode)),
      }),
    );
    const [filed] = await conforms(response, SPEC.postRequest, 'json', 201);
    const id: string = filed.service_request_id;

    // A case of the portal's own kind: an inquiry of the item's department, due on the working-day clock.
    const request = await db.open311Request.findUniqueOrThrow({ where: { id }, include: { inquiry: true } });
    expect(request.inquiry).toMatchObject({ itemId: passport.id, askerId: null, answeredAt: null });
    expect(request.inquiry.question).toContain('市民来电：护照照片有什么要求？');
    expect(request.inquiry.question).not.toContain('13800001111');
    const { calendar, hours } = await loadClock();
    expect(request.inquiry.dueAt).toEqual(dueDate({ acceptedAt: request.inquiry.createdAt, limitDays: 5, calendar, hours, now: request.inquiry.createdAt }));
    const staffRow = (await listInquiries(police)).find((r) => r.id === request.inquiryId);
    // Staff see who filed it and whom to call back; the public API never does.
    expect(staffRow?.partner).toEqual({ name: '12345 热线', contact: '王小明 · 13800001111 · wang.xm@example.cn · 城关镇人民路 8 号 3 单元' });
    expect((await listInquiries(market)).map((r) => r.id)).not.toContain(request.inquiryId);
    expect(
      await db.auditEvent.count({
        where: { entity: 'Inquiry', entityId: request.inquiryId, action: 'ask-question', data: { path: ['apiKeyId'], equals: issued.id } },
      }),
    ).toBe(1);
    expect((await listApiKeys(admin)).find((k) => k.id === issued.id)).toMatchObject({ filed: 1, requests: [{ id, serviceCode: passport.basicCode }] });

    // Open, in both formats, by id and in the list.
    const open = await conforms(await oneRequest(get(''), params({ file: `${id}.json` })), SPEC.requests, 'json');
    expect(open).toEqual([
      expect.objectContaining({
        service_request_id: id,
        status: 'open',
        status_notes: null,
        service_code: passport.basicCode,
        service_name: PASSPORT,
        expected_datetime: request.inquiry.dueAt.toISOString(),
      }),
    ]);
    expect(open[0].agency_responsible).toMatch(/公安局/);
    await conforms(await oneRequest(get(''), params({ file: `${id}.xml` })), SPEC.requests, 'xml');
    const token = await conforms(await tokens(get(''), params({ file: `${id}.json` })), SPEC.token, 'json');
    expect(token).toEqual([{ service_request_id: id, token: id }]);
    await conforms(await tokens(get(''), params({ file: `${id}.xml` })), SPEC.token, 'xml');

    // Staff answer it where they answer every question.
    await answerInquiry(police, { inquiryId: request.inquiryId, answer: '近 6 个月内白底彩色证件照。' });

    const closed = await conforms(await oneRequest(get(''), params({ file: `${id}.json` })), SPEC.requests, 'json');
    expect(closed[0]).toMatchObject({ status: 'closed', status_notes: '近 6 个月内白底彩色证件照。' });
    expect(Date.parse(closed[0].updated_datetime)).toBeGreaterThanOrEqual(Date.parse(closed[0].requested_datetime));
    const xml = await conforms(await listXml(get(`/open311/v2/requests.xml?status=closed&service_code=${passport.basicCode}`)), SPEC.requests, 'xml');
    expect(xml.children.map((r: { children: { name: string; text: string }[] }) => r.children.find((c) => c.name === 'status_notes')!.text)).toEqual([
      '近 6 个月内白底彩色证件照。',
    ]);
    expect(await (await listJson(get('/open311/v2/requests.json?status=open'))).json()).toEqual([]);
    // A date without a time is the center's day (Asia/Shanghai): between 16:00 and 24:00 UTC it is already tomorrow's.
    const today = shanghaiDate(new Date());
    expect(
      (await (await listJson(get(`/open311/v2/requests.json?start_date=${today}&end_date=${today}`))).json()).map(
        (r: { service_request_id: string }) => r.service_request_id,
      ),
    ).toEqual([id]);
    expect(await (await listJson(get('/open311/v2/requests.json?end_date=2020-01-01'))).json()).toEqual([]);
    expect((await (await listJson(get(`/open311/v2/requests.json?service_request_id=${id},other`))).json()).length).toBe(1);

    // Personal data never leaves through the API.
    for (const r of [
      await listJson(get('/open311/v2/requests.json')),
      await listXml(get('/open311/v2/requests.xml')),
      await oneRequest(get(''), params({ file: `${id}.xml` })),
    ]) {
      const text = await r.text();
      for (const v of Object.values(contact)) expect(text).not.toContain(v);
      expect(text).not.toContain('市民来电');
    }

    // A revoked key files nothing more.
    await revokeApiKey(admin, { id: issued.id });
    await expect(revokeApiKey(admin, { id: issued.id })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await conforms(
      await postJson(post('json', { api_key: issued.key, service_code: passport.basicCode, description: '再问一个问题可以吗？' })),
      SPEC.errors,
      'json',
      403,
    );
    await expect(issueApiKey(police, { name: '越权', rateLimitPerHour: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the bundles (一件事) as services with definitions, and files a request about one to its lead department', async () => {
    const services = await conforms(await servicesJson(), SPEC.services, 'json');
    const xml = await conforms(await servicesXml(), SPEC.services, 'xml');
    expect(xml.children.length).toBe(services.length);
    const bundleCount = await db.bundleVersion.count({ where: { status: 'PUBLISHED' } });
    expect(services.length).toBe((await db.serviceItemVersion.count({ where: { status: 'PUBLISHED', item: { status: 'ACTIVE' } } })) + bundleCount);
    const restaurant = services.find((s: { service_code: string }) => s.service_code === 'YJS-KBCYD');
    expect(restaurant).toMatchObject({ service_name: '开办餐饮店“一件事”', type: 'batch', group: '餐饮', metadata: true, keywords: '一件事,餐饮' });
    expect(restaurant.description).toContain('食品经营许可（新办）');
    const names = xml.children.map((c: { children: { name: string; text: string }[] }) => c.children.find((x) => x.name === 'service_code')!.text);
    expect(names).toEqual(expect.arrayContaining(['YJS-KBCYD', 'YJS-QYKB', 'YJS-XSECS', 'YJS-TX', 'YJS-QYZX']));

    // The definition: the bundle's situations, its optional members, ONE list of materials.
    const def = await conforms(await definition(get(''), params({ file: 'YJS-KBCYD.json' })), SPEC.serviceDefinition, 'json');
    await conforms(await definition(get(''), params({ file: 'YJS-KBCYD.xml' })), SPEC.serviceDefinition, 'xml');
    const attrs = def.attributes as { code: string; required: boolean; values?: { key: string }[]; description: string }[];
    expect(attrs[0]).toMatchObject({ code: 'situations', values: expect.arrayContaining([{ key: '设置户外招牌', name: '设置户外招牌' }]) });
    const materials = attrs.filter((a) => a.code.startsWith('material_'));
    expect(new Set(materials.map((a) => a.description)).size).toBe(materials.length);
    expect(materials.some((a) => a.required)).toBe(true);
    const newborn = await (await definition(get(''), params({ file: 'YJS-XSECS.json' }))).json();
    expect(newborn.attributes.find((a: { code: string }) => a.code === 'optional_members')).toMatchObject({
      datatype: 'multivaluelist',
      values: [{ key: '512B0070200003', name: '社会保障卡申领' }],
    });

    // Filed about the bundle: a question of the lead department (市场监管局), named by the bundle.
    const key = await partnerKey();
    const required = await attributesFor('YJS-KBCYD');
    const missing = Object.fromEntries(Object.entries(required).filter(([k]) => !k.startsWith('attribute[material_')));
    const refused = await conforms(
      await postJson(post('json', { api_key: key, service_code: 'YJS-KBCYD', description: '开餐馆要办哪些手续？', ...missing })),
      SPEC.errors,
      'json',
      400,
    );
    expect(refused[0].description).toMatch(/attribute\[material_\d+\] is required/);
    const asked = { api_key: key, service_code: 'YJS-KBCYD', description: '开餐馆要办哪些手续？', ...required };
    await conforms(await postXml(post('xml', asked)), SPEC.postRequest, 'xml', 201);
    const [filed] = await conforms(await postJson(post('json', asked)), SPEC.postRequest, 'json', 201);
    const request = await db.open311Request.findUniqueOrThrow({ where: { id: filed.service_request_id }, include: { inquiry: true } });
    const license = await db.serviceItem.findFirstOrThrow({ where: { basicCode: '000131128000' }, select: { id: true } });
    expect(request).toMatchObject({ serviceCode: 'YJS-KBCYD', inquiry: { itemId: license.id } });
    expect(request.inquiry.question).toMatch(/^【一件事：开办餐饮店“一件事”】开餐馆要办哪些手续？/);
    const [market, police] = await Promise.all([actorOf('reviewer.scj'), actorOf('reviewer.ga')]);
    expect((await listInquiries(market)).map((r) => r.id)).toContain(request.inquiryId);
    expect((await listInquiries(police)).map((r) => r.id)).not.toContain(request.inquiryId);
    const [read] = await conforms(await oneRequest(get(''), params({ file: `${request.id}.json` })), SPEC.requests, 'json');
    expect(read).toMatchObject({ service_code: 'YJS-KBCYD', service_name: '开办餐饮店“一件事”', status: 'open' });
    expect(read.agency_responsible).toMatch(/市场监督管理局/);
    const listed = await (await listJson(get('/open311/v2/requests.json?service_code=YJS-KBCYD'))).json();
    expect(listed).toHaveLength(2);
  });
});
