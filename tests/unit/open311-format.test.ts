import { describe, expect, it } from 'vitest';
import type { Open311Definition } from '@/lib/catalog/open311';
import { checkAttributes, describeAttributes } from '@/lib/open311/check-attributes';
import { open311Error, splitFormat, toXml } from '@/lib/open311/format';
import { checkJson, checkXml, readXml, SPEC } from '../support/open311-spec';

describe('the Open311 serializer', () => {
  it('writes lists with the specification’s element names and escapes text', () => {
    const xml = toXml('services', [
      { service_code: 'A&B', service_name: '<户口>', description: null, metadata: true, type: 'batch', keywords: '', group: '户籍' },
    ]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<services><service><service_code>A&amp;B</service_code><service_name>&lt;户口&gt;</service_name><description/><metadata>true</metadata><type>batch</type><keywords></keywords><group>户籍</group></service></services>',
    );
    const tree = readXml(xml);
    expect(checkXml(SPEC.services.shape, tree)).toEqual([]);
    expect(tree.children[0]!.children[0]!.text).toBe('A&B');
  });

  it('refuses a list it has no element name for, rather than inventing one', () => {
    expect(() => toXml('things', [1])).toThrow(/no element name/);
  });

  it('answers errors as the specification’s array in both formats', async () => {
    const json = open311Error('json', 404, 'service not found');
    expect(json.status).toBe(404);
    expect(json.headers.get('cache-control')).toBe('no-store');
    expect(await json.json()).toEqual([{ code: 404, description: 'service not found' }]);
    const xml = await open311Error('xml', 400, 'a & b').text();
    expect(xml).toContain('<errors><error><code>400</code><description>a &amp; b</description></error></errors>');
    expect(checkXml(SPEC.errors.shape, readXml(xml))).toEqual([]);
  });

  it('reads the format from the path', () => {
    expect(splitFormat('511A.json')).toEqual({ name: '511A', format: 'json' });
    expect(splitFormat('511A.xml')).toEqual({ name: '511A', format: 'xml' });
    expect(splitFormat('511A')).toBeNull();
    expect(splitFormat('.json')).toBeNull();
  });
});

describe('the specification check itself catches what it must', () => {
  it('finds wrong element names, missing required fields, bad values and unknown fields', () => {
    expect(checkXml(SPEC.services.shape, readXml('<?xml version="1.0" encoding="utf-8"?>\n<services><item/></services>'))).toEqual([
      'services/item[0]: expected <service>',
    ]);
    expect(checkXml(SPEC.errors.shape, readXml('<?xml version="1.0" encoding="utf-8"?>\n<errors><error><code>x</code></error></errors>'))).toEqual([
      'errors/error[0]/code: "x" is not a number',
      'errors/error[0]/description: required',
    ]);
    expect(
      checkJson(SPEC.requests.shape, [{ service_request_id: '1', status: 'pending', service_code: 'A', requested_datetime: '2026-12-01', email: 'x@y' }]),
    ).toEqual([
      '$[0].email: not in the specification',
      '$[0].status: "pending" is not one of open|closed',
      '$[0].requested_datetime: "2026-12-01" is not a w3c datetime',
    ]);
    expect(() => readXml('<?xml version="1.0" encoding="utf-8"?>\n<a><b></a></b>')).toThrow();
    expect(() => readXml('<a/>')).toThrow(/declaration/);
  });
});

describe('attributes checked against the service definition', () => {
  const definition: Open311Definition = {
    service_code: 'X',
    attributes: [
      {
        variable: true,
        code: 'situations',
        datatype: 'multivaluelist',
        required: false,
        datatype_description: '',
        order: 1,
        description: '办事情形',
        values: [
          { key: 's1', name: '市内迁移' },
          { key: 's2', name: '跨省迁移' },
        ],
      },
      { variable: true, code: 'field_area', datatype: 'number', required: true, datatype_description: '', order: 2, description: '面积' },
      {
        variable: true,
        code: 'field_kind',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: '',
        order: 3,
        description: '类别',
        values: [{ key: 'k', name: '宾馆' }],
      },
      { variable: true, code: 'field_day', datatype: 'datetime', required: false, datatype_description: '', order: 4, description: '日期' },
    ],
  };
  it('accepts what the definition allows and names every problem otherwise', () => {
    expect(checkAttributes(definition, { situations: ['s1', 's2'], field_area: '12.5', field_kind: 'k', field_day: '2026-12-01' })).toEqual([]);
    expect(checkAttributes(definition, { situations: ['s3'], field_kind: ['k', 'k'], field_day: 'soon', other: 'x' })).toEqual([
      'attribute[other] is not in the service definition',
      'attribute[situations] has no value "s3"',
      'attribute[field_area] is required',
      'attribute[field_kind] takes one value',
      'attribute[field_day] must be a datetime',
    ]);
  });
  it('describes the values for staff with the names of the choices', () => {
    expect(describeAttributes(definition, { situations: ['s2'], field_area: '30' })).toEqual(['办事情形：跨省迁移', '面积：30']);
  });
});
