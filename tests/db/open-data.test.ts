// The open-data JSON API and the Open311 GeoReport v2 endpoints, called as route handlers.
import { describe, expect, it } from 'vitest';
import { GET as serviceDetail } from '@/app/api/open-data/services/[code]/route';
import { GET as serviceVersions } from '@/app/api/open-data/services/[code]/versions/route';
import { GET as serviceList } from '@/app/api/open-data/services/route';
import { GET as discovery } from '@/app/open311/v2/discovery.json/route';
import { GET as open311Definition } from '@/app/open311/v2/services/[file]/route';
import { GET as open311Services } from '@/app/open311/v2/services.json/route';
import { db } from '@/lib/db';

const BASE = 'http://portal.test';
const CODE = '511A0147300000'; // 户口迁移审批: situations with their own materials
const get = (path: string) => new Request(`${BASE}${path}`);
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

async function body(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return response.json();
}

describe('open data API', () => {
  it('lists services with filters and paging, cached briefly and open to any origin', async () => {
    const response = await serviceList(get('/api/open-data/services?q=hukou&pageSize=2'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/public, max-age=60/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const page = await body(response);
    expect(page).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.total).toBeGreaterThan(2);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toEqual(
      expect.objectContaining({
        code: expect.any(String),
        name: expect.any(String),
        type: expect.any(String),
        level: expect.any(String),
        department: expect.any(String),
      }),
    );
    expect(page.items[0].url).toBe(`${BASE}/api/open-data/services/${page.items[0].code}`);

    const filtered = await body(await serviceList(get('/api/open-data/services?type=BENEFIT&level=COUNTY&pageSize=100')));
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.items.every((i: { type: string; level: string }) => i.type === 'BENEFIT' && i.level === 'COUNTY')).toBe(true);
  });

  it('refuses bad parameters with 400', async () => {
    const response = await serviceList(get('/api/open-data/services?type=NOPE'));
    expect(response.status).toBe(400);
    expect((await response.json())[0]).toMatchObject({ code: 400 });
  });

  it('gives one service with its materials, situations and limits', async () => {
    const detail = await body(await serviceDetail(get(`/api/open-data/services/${CODE}`), params({ code: CODE })));
    expect(detail).toMatchObject({ code: CODE, name: '户口迁移审批', handlingClass: expect.any(String), promisedLimitDays: expect.any(Number) });
    expect(detail.situations.length).toBeGreaterThan(0);
    expect(detail.materials.length).toBeGreaterThan(0);
    const conditional = detail.materials.find((m: { required: boolean }) => !m.required);
    expect(conditional.situations.length).toBeGreaterThan(0);
    expect(detail.situations.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(conditional.situations));
    expect(detail.versionsUrl).toBe(`${BASE}/api/open-data/services/${CODE}/versions`);

    const missing = await serviceDetail(get('/api/open-data/services/NOPE'), params({ code: 'NOPE' }));
    expect(missing.status).toBe(404);
  });

  it('lists the public versions but not drafts', async () => {
    const version = await db.serviceItemVersion.findFirstOrThrow({ where: { item: { basicCode: CODE } }, include: { item: true } });
    const { id: _id, item: _item, createdAt: _c, formFields, ...fields } = version;
    await db.serviceItemVersion.create({ data: { ...fields, formFields: formFields ?? [], legalBasis: fields.legalBasis, version: 2, status: 'DRAFT' } });
    const history = await body(await serviceVersions(get(`/api/open-data/services/${CODE}/versions`), params({ code: CODE })));
    expect(history.code).toBe(CODE);
    expect(history.versions).toHaveLength(1);
    expect(history.versions[0]).toMatchObject({ version: 1, status: 'PUBLISHED', implementationCode: expect.any(String) });
  });
});

describe('Open311 GeoReport v2', () => {
  it('answers discovery', async () => {
    const d = await body(await discovery(get('/open311/v2/discovery.json')));
    expect(d.endpoints[0]).toEqual({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: `${BASE}/open311/v2`,
      changeset: expect.any(String),
      type: 'production',
      formats: ['text/xml', 'application/json'],
    });
  });

  it('lists services with the specification’s field names', async () => {
    const services = await body(await open311Services());
    // Every published item, and every published bundle (tests/db/open311.test.ts looks at those).
    const published =
      (await db.serviceItemVersion.count({ where: { status: 'PUBLISHED' } })) + (await db.bundleVersion.count({ where: { status: 'PUBLISHED' } }));
    expect(services.length).toBe(published);
    const s = services.find((x: { service_code: string }) => x.service_code === CODE);
    expect(Object.keys(s).sort()).toEqual(['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
    expect(s).toMatchObject({ service_name: '户口迁移审批', metadata: true, type: 'batch', group: '户籍' });
    expect(typeof s.keywords).toBe('string');
  });

  it('defines a service: situations and materials become attributes', async () => {
    const definition = await body(await open311Definition(get(`/open311/v2/services/${CODE}.json`), params({ file: `${CODE}.json` })));
    expect(definition.service_code).toBe(CODE);
    const [situations, ...materials] = definition.attributes;
    expect(situations).toMatchObject({ variable: true, code: 'situations', datatype: 'multivaluelist', required: false, order: 1 });
    expect(situations.values.length).toBeGreaterThan(0);
    expect(situations.values[0]).toEqual({ key: expect.any(String), name: expect.any(String) });
    for (const [i, m] of materials.entries()) {
      expect(Object.keys(m).sort()).toEqual(['code', 'datatype', 'datatype_description', 'description', 'order', 'required', 'variable']);
      expect(m.order).toBe(i + 2);
    }
    expect(materials.some((m: { required: boolean }) => m.required)).toBe(true);
    expect(materials.some((m: { required: boolean }) => !m.required)).toBe(true);

    // The item's own form fields follow the materials, each with the datatype of its kind.
    const withFields = await body(await open311Definition(get('/open311/v2/services/511A0015500009.json'), params({ file: '511A0015500009.json' })));
    const fields = withFields.attributes.filter((a: { code: string }) => a.code.startsWith('field_'));
    expect(fields.map((f: { code: string; datatype: string; required: boolean }) => [f.code, f.datatype, f.required])).toEqual([
      ['field_placeName', 'string', true],
      ['field_placeAddress', 'string', true],
      ['field_placeCategory', 'singlevaluelist', true],
      ['field_floorArea', 'number', true],
      ['field_staffCount', 'number', true],
      ['field_openingDate', 'datetime', false],
    ]);
    expect(fields[2]).toMatchObject({ description: '场所类别', datatype_description: '单选' });
    expect(fields[2].values[0]).toEqual({ key: '住宿场所（宾馆、旅店、招待所）', name: '住宿场所（宾馆、旅店、招待所）' });
    expect(fields.at(-1).order).toBe(withFields.attributes.length);

    expect((await open311Definition(get('/open311/v2/services/NOPE.json'), params({ file: 'NOPE.json' }))).status).toBe(404);
    // XML is the specification's default format: offered too (checked against the specification in open311.test.ts).
    expect((await open311Definition(get(`/open311/v2/services/${CODE}.xml`), params({ file: `${CODE}.xml` }))).status).toBe(200);
  });
});
