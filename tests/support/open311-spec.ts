// The Open311 GeoReport v2 responses, written from the specification's field
// lists (http://wiki.open311.org/GeoReport_v2), and a checker for both of its
// formats. Independent of the portal's serializer: the XML is read by a small
// strict reader of its own, so a wrong element name or nesting fails here.

type Scalar = 'string' | 'number' | 'boolean' | 'datetime' | { enum: string[] };
type Field = { type: Scalar | Shape; required?: boolean; nullable?: boolean };
/** An object (`fields`) or a list (`item` names each child element in XML). */
export type Shape = { fields: Record<string, Field> } | { list: { item: string; of: Shape | Scalar } };

const f = (type: Scalar | Shape, required = false): Field => ({ type, required, nullable: !required });

const value: Shape = { fields: { key: f('string', true), name: f('string', true) } };
const endpoint: Shape = {
  fields: {
    specification: f('string', true),
    url: f('string', true),
    changeset: f('datetime', true),
    type: f({ enum: ['production', 'test'] }, true),
    formats: f({ list: { item: 'format', of: 'string' } }, true),
  },
};

export const SPEC = {
  discovery: {
    root: 'discovery',
    shape: {
      fields: {
        changeset: f('datetime', true),
        contact: f('string'),
        key_service: f('string'),
        endpoints: f({ list: { item: 'endpoint', of: endpoint } }, true),
      },
    } as Shape,
  },
  services: {
    root: 'services',
    shape: {
      list: {
        item: 'service',
        of: {
          fields: {
            service_code: f('string', true),
            service_name: f('string', true),
            description: f('string'),
            metadata: f('boolean', true),
            type: f({ enum: ['realtime', 'batch', 'blackbox'] }, true),
            keywords: f('string'),
            group: f('string'),
          },
        },
      },
    } as Shape,
  },
  serviceDefinition: {
    root: 'service_definition',
    shape: {
      fields: {
        service_code: f('string', true),
        attributes: f(
          {
            list: {
              item: 'attribute',
              of: {
                fields: {
                  variable: f('boolean', true),
                  code: f('string', true),
                  datatype: f({ enum: ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] }, true),
                  required: f('boolean', true),
                  datatype_description: f('string'),
                  order: f('number', true),
                  description: f('string', true),
                  values: f({ list: { item: 'value', of: value } }),
                },
              },
            },
          },
          true,
        ),
      },
    } as Shape,
  },
  postRequest: {
    root: 'service_requests',
    shape: {
      list: {
        item: 'request',
        of: { fields: { service_request_id: f('string', true), token: f('string'), service_notice: f('string'), account_id: f('string') } },
      },
    } as Shape,
  },
  requests: {
    root: 'service_requests',
    shape: {
      list: {
        item: 'request',
        of: {
          fields: {
            service_request_id: f('string', true),
            status: f({ enum: ['open', 'closed'] }, true),
            status_notes: f('string'),
            service_name: f('string'),
            service_code: f('string', true),
            description: f('string'),
            agency_responsible: f('string'),
            service_notice: f('string'),
            requested_datetime: f('datetime', true),
            updated_datetime: f('datetime'),
            expected_datetime: f('datetime'),
            address: f('string'),
            address_id: f('string'),
            zipcode: f('string'),
            lat: f('number'),
            long: f('number'),
            media_url: f('string'),
          },
        },
      },
    } as Shape,
  },
  token: {
    root: 'service_requests',
    shape: { list: { item: 'request', of: { fields: { service_request_id: f('string', true), token: f('string', true) } } } } as Shape,
  },
  errors: {
    root: 'errors',
    shape: { list: { item: 'error', of: { fields: { code: f('number', true), description: f('string', true) } } } } as Shape,
  },
};

// ------------------------------------------------------------ JSON

const isoDatetime = (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s) && !Number.isNaN(Date.parse(s));

function scalarProblem(type: Scalar, v: unknown, at: string): string | null {
  if (typeof type === 'object')
    return typeof v === 'string' && type.enum.includes(v) ? null : `${at}: ${JSON.stringify(v)} is not one of ${type.enum.join('|')}`;
  if (type === 'datetime') return typeof v === 'string' && isoDatetime(v) ? null : `${at}: ${JSON.stringify(v)} is not a w3c datetime`;
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v) ? null : `${at}: not a number`;
  if (type === 'boolean') return typeof v === 'boolean' ? null : `${at}: not a boolean`;
  return typeof v === 'string' ? null : `${at}: not a string`;
}

const isShape = (t: Scalar | Shape): t is Shape => typeof t === 'object' && ('fields' in t || 'list' in t);

/** Problems of a JSON body against a shape: missing required fields, unknown fields, wrong types. */
export function checkJson(shape: Shape, v: unknown, at = '$'): string[] {
  if ('list' in shape) {
    if (!Array.isArray(v)) return [`${at}: not an array`];
    const of = shape.list.of;
    return v.flatMap((x, i) => (isShape(of) ? checkJson(of, x, `${at}[${i}]`) : [scalarProblem(of, x, `${at}[${i}]`)].filter((p): p is string => !!p)));
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [`${at}: not an object`];
  const o = v as Record<string, unknown>;
  const problems = Object.keys(o)
    .filter((k) => !(k in shape.fields))
    .map((k) => `${at}.${k}: not in the specification`);
  for (const [name, field] of Object.entries(shape.fields)) {
    const x = o[name];
    if (x === undefined || x === null) {
      if (field.required) problems.push(`${at}.${name}: required`);
      continue;
    }
    if (isShape(field.type)) problems.push(...checkJson(field.type, x, `${at}.${name}`));
    else {
      const p = scalarProblem(field.type, x, `${at}.${name}`);
      if (p) problems.push(p);
    }
  }
  return problems;
}

// ------------------------------------------------------------ XML

export type XmlNode = { name: string; children: XmlNode[]; text: string };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);

/** A strict reader for attribute-free XML: a declaration, then one element tree; throws on anything malformed. */
export function readXml(xml: string): XmlNode {
  const rest = xml.replace(/^<\?xml version="1\.0" encoding="utf-8"\?>\s*/, () => '');
  if (rest === xml) throw new Error('no XML declaration');
  const tokens = rest.match(/<[^>]*>|[^<]+/g) ?? [];
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  for (const t of tokens) {
    if (t.startsWith('</')) {
      const name = t.slice(2, -1);
      const node = stack.pop();
      if (!node || node.name !== name) throw new Error(`</${name}> closes <${node?.name}>`);
      if (!stack.length) root = node;
    } else if (t.startsWith('<')) {
      const m = /^<([a-z_][a-z0-9_]*)(\/)?>$/.exec(t);
      if (!m) throw new Error(`bad tag ${t}`);
      if (root) throw new Error('content after the root element');
      const node: XmlNode = { name: m[1]!, children: [], text: '' };
      stack.at(-1)?.children.push(node);
      if (m[2]) {
        if (!stack.length) root = node;
      } else stack.push(node);
    } else {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(t)) throw new Error(`unescaped & in ${t}`);
      if (!stack.length) {
        if (t.trim()) throw new Error('text outside the root');
        continue;
      }
      stack.at(-1)!.text += decode(t);
    }
  }
  if (stack.length || !root) throw new Error('unclosed elements');
  return root;
}

function xmlScalarProblem(type: Scalar, text: string, at: string): string | null {
  if (typeof type === 'object') return type.enum.includes(text) ? null : `${at}: "${text}" is not one of ${type.enum.join('|')}`;
  if (type === 'datetime') return isoDatetime(text) ? null : `${at}: "${text}" is not a w3c datetime`;
  if (type === 'number') return text.trim() !== '' && Number.isFinite(Number(text)) ? null : `${at}: "${text}" is not a number`;
  if (type === 'boolean') return text === 'true' || text === 'false' ? null : `${at}: "${text}" is not true|false`;
  return null;
}

/** Problems of an XML element against a shape: element names, nesting, required elements, values. */
export function checkXml(shape: Shape, node: XmlNode, at = node.name): string[] {
  if ('list' in shape) {
    const { item, of } = shape.list;
    return node.children.flatMap((c, i) => {
      const here = `${at}/${c.name}[${i}]`;
      if (c.name !== item) return [`${here}: expected <${item}>`];
      return isShape(of) ? checkXml(of, c, here) : [xmlScalarProblem(of, c.text, here)].filter((p): p is string => !!p);
    });
  }
  if (node.text.trim()) return [`${at}: text beside elements`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of node.children) {
    const field = shape.fields[c.name];
    if (!field) {
      problems.push(`${at}/${c.name}: not in the specification`);
      continue;
    }
    if (seen.has(c.name)) problems.push(`${at}/${c.name}: repeated`);
    seen.add(c.name);
    const empty = !c.children.length && c.text === '';
    if (empty) {
      if (field.required) problems.push(`${at}/${c.name}: required, but empty`);
      continue;
    }
    if (isShape(field.type)) problems.push(...checkXml(field.type, c, `${at}/${c.name}`));
    else if (c.children.length) problems.push(`${at}/${c.name}: a value, not elements`);
    else {
      const p = xmlScalarProblem(field.type, c.text, `${at}/${c.name}`);
      if (p) problems.push(p);
    }
  }
  for (const [name, field] of Object.entries(shape.fields)) if (field.required && !seen.has(name)) problems.push(`${at}/${name}: required`);
  return problems;
}
