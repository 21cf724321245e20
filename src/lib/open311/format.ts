// The one serializer of the Open311 API. GeoReport v2 defines every response
// twice, JSON and XML, with the same field names; XML wraps each list in a
// plural element whose children have a fixed singular name. Routes build one
// plain value and say which format was asked for; nothing writes XML by hand.

export type Open311Format = 'json' | 'xml';

/** The child element of each list the specification names (e.g. <services><service>…). */
const ITEM_OF: Record<string, string> = {
  services: 'service',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  errors: 'error',
};

const escapeXml = (s: string) =>
  s
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function element(name: string, value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_OF[name];
    if (!item) throw new Error(`open311 xml: no element name for the items of <${name}>`);
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v))
      .join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** `root` is the element XML wraps the body in (the JSON body is the bare value). */
export function toXml(root: string, body: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, body)}`;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const XML_TYPE = 'text/xml; charset=utf-8';

/** The format a path asks for by its extension: `name.json` / `name.xml`; null when neither. */
export function splitFormat(file: string): { name: string; format: Open311Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { name: decodeURIComponent(m[1]!), format: m[2] as Open311Format } : null;
}

export type Open311Body = { root: string; body: unknown };

/**
 * A response in the asked format. Public GETs may be cached briefly; anything
 * else (errors, filed requests) is not.
 */
export function open311Response(format: Open311Format, { root, body }: Open311Body, status = 200, cache = status === 200): Response {
  return new Response(format === 'xml' ? toXml(root, body) : JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': format === 'xml' ? XML_TYPE : JSON_TYPE,
      'Cache-Control': cache ? 'public, max-age=60, s-maxage=300, stale-while-revalidate=600' : 'no-store',
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** The specification's error array: `[{code, description}]` / `<errors><error>…`. */
export function open311Error(format: Open311Format, status: number, description: string, headers?: Record<string, string>): Response {
  const response = open311Response(format, { root: 'errors', body: [{ code: status, description }] }, status, false);
  for (const [k, v] of Object.entries(headers ?? {})) response.headers.set(k, v);
  return response;
}
