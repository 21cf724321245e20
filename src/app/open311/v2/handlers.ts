// Every Open311 path in one place: each route file only names its format. The
// bodies are plain values; src/lib/open311/format.ts writes them as JSON or XML.
import { baseUrl, zhLabel } from '@/app/api/open-data/respond';
import { listOpen311Services } from '@/lib/catalog/list-open311-services';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { open311Definition, open311Service } from '@/lib/catalog/open311';
import { open311Changeset } from '@/lib/catalog/open311-changeset';
import { AppError } from '@/lib/errors';
import type { AttributeValues } from '@/lib/open311/check-attributes';
import { getOpen311BundleDefinition, listOpen311Bundles } from '@/lib/open311/bundle-services';
import { fileServiceRequest } from '@/lib/open311/file-service-request';
import { open311Error, open311Response, splitFormat, type Open311Format } from '@/lib/open311/format';
import { listServiceRequests } from '@/lib/open311/list-service-requests';

const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
const FORMATS = ['text/xml', 'application/json'];

/** Expected refusals carry their status; anything else is logged and answered 500. */
function failed(format: Open311Format, error: unknown): Response {
  if (error instanceof AppError && typeof error.details?.status === 'number') {
    const status = error.details.status;
    return open311Error(format, status, String(error.details.description ?? error.code), status === 429 ? { 'Retry-After': '3600' } : undefined);
  }
  console.error('[open311]', error);
  return open311Error(format, 500, 'internal error');
}

async function guarded(format: Open311Format, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return failed(format, error);
  }
}

/** A GET of one thing by `<name>.<format>`: without a format, a 404 (in XML) that says how to ask. */
async function byFile(file: string, pattern: string, run: (name: string, format: Open311Format) => Promise<Response>): Promise<Response> {
  const split = splitFormat(file);
  if (!split) return open311Error('xml', 404, `not found (use ${pattern}.xml or .json)`);
  return guarded(split.format, () => run(split.name, split.format));
}

/** GET discovery.{format} */
export function discovery(request: Request, format: Open311Format) {
  return guarded(format, async () => {
    const origin = baseUrl(request);
    const changeset = await open311Changeset();
    return open311Response(format, {
      root: 'discovery',
      body: {
        changeset,
        contact: '示范县政务服务中心 · 12345',
        key_service: `${origin}/open-data`,
        endpoints: [{ specification: SPECIFICATION, url: `${origin}/open311/v2`, changeset, type: 'production', formats: FORMATS }],
      },
    });
  });
}

/** GET services.{format} (jurisdiction_id is accepted and ignored: one county): the items, then the bundles (一件事). */
export function services(format: Open311Format) {
  return guarded(format, async () => {
    const [items, bundles] = await Promise.all([listOpen311Services(), listOpen311Bundles(zhLabel)]);
    return open311Response(format, { root: 'services', body: [...items.map((s) => open311Service(s, zhLabel)), ...bundles] });
  });
}

/** GET services/{service_code}.{format} */
export async function serviceDefinition(file: string) {
  return byFile(file, 'services/{service_code}', async (code, format) => {
    const guide = code.length <= 64 ? await getServiceGuide(code) : null;
    if (guide) return open311Response(format, { root: 'service_definition', body: open311Definition(guide, zhLabel) });
    // Not an item: a bundle's code (一件事)?
    const bundle = code.length <= 64 ? await getOpen311BundleDefinition(code, zhLabel) : null;
    return bundle ? open311Response(format, { root: 'service_definition', body: bundle }) : open311Error(format, 404, 'service not found');
  });
}

/** `attribute[code]=v` and `attribute[code][]=v` of a form body, per the specification. */
function attributesOf(form: FormData): AttributeValues {
  const values: AttributeValues = {};
  for (const [name, value] of form.entries()) {
    const m = /^attribute\[([^\]]{1,80})\](\[\])?$/.exec(name);
    if (!m || typeof value !== 'string') continue;
    const code = m[1]!;
    const prior = values[code];
    values[code] = m[2] || prior !== undefined ? [...(prior === undefined ? [] : Array.isArray(prior) ? prior : [prior]), value] : value;
  }
  return values;
}

/** POST requests.{format}: form-encoded (or multipart), as the specification says. */
export function createRequest(request: Request, format: Open311Format) {
  return guarded(format, async () => {
    const type = request.headers.get('content-type') ?? '';
    if (!/application\/x-www-form-urlencoded|multipart\/form-data/.test(type))
      return open311Error(format, 415, 'send the request as application/x-www-form-urlencoded');
    const form = await request.formData().catch(() => null);
    if (!form) return open311Error(format, 400, 'the request body could not be read');
    const text = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : undefined;
    };
    const fields = Object.fromEntries(
      [
        'service_code',
        'description',
        'lat',
        'long',
        'address_string',
        'address_id',
        'email',
        'first_name',
        'last_name',
        'phone',
        'device_id',
        'account_id',
      ].map((k) => [k, text(k)]),
    );
    const filed = await fileServiceRequest(text('api_key') ?? null, fields as { service_code: string; description: string }, attributesOf(form), zhLabel);
    return open311Response(
      format,
      {
        root: 'service_requests',
        body: [
          { service_request_id: filed.service_request_id, service_notice: `已转办理部门，预计 ${filed.expectedAt.toISOString()} 前答复`, account_id: null },
        ],
      },
      201,
      false,
    );
  });
}

/** Service requests as answered to partners; their statuses change when staff answer, so cached only briefly. */
function requestsResponse(format: Open311Format, body: Awaited<ReturnType<typeof listServiceRequests>>) {
  const response = open311Response(format, { root: 'service_requests', body });
  response.headers.set('Cache-Control', 'public, max-age=30');
  return response;
}

/** The one request an id names; none for a name no id can have (too long, or a list of ids). */
async function requestById(id: string) {
  return id.length <= 64 && !id.includes(',') ? listServiceRequests({ service_request_id: id }) : [];
}

/** GET requests.{format} with the specification's filters. */
export function listRequests(request: Request, format: Open311Format) {
  return guarded(format, async () => {
    const q = new URL(request.url).searchParams;
    const filters = Object.fromEntries(['service_request_id', 'service_code', 'start_date', 'end_date', 'status'].map((k) => [k, q.get(k) ?? undefined]));
    return requestsResponse(format, await listServiceRequests(filters));
  });
}

/** GET requests/{service_request_id}.{format}: the list of one. */
export async function oneRequest(file: string) {
  return byFile(file, 'requests/{service_request_id}', async (id, format) => {
    const found = await requestById(id);
    if (!found.length) return open311Error(format, 404, 'service request not found');
    return requestsResponse(format, found);
  });
}

/**
 * GET tokens/{token}.{format}. Requests are filed at once, so POST returns the
 * service_request_id and no token; for partners that ask anyway, a token is
 * the request id itself and maps to it.
 */
export async function token(file: string) {
  return byFile(file, 'tokens/{token}', async (name, format) => {
    const found = await requestById(name);
    if (!found.length) return open311Error(format, 404, 'token not found');
    return open311Response(format, { root: 'service_requests', body: [{ service_request_id: found[0]!.service_request_id, token: name }] }, 200, false);
  });
}

/** Any other path under /open311/v2: the error array, in the format the path asks for (XML by default). */
export function notFound(path: string[]) {
  const last = path.at(-1) ?? '';
  return open311Error(last.endsWith('.json') ? 'json' : 'xml', 404, `no such Open311 path: /open311/v2/${path.join('/')}`);
}

/** The other methods of a read-only path: 405 and the error array (format from the path, XML by default). */
export function readOnly(format?: Open311Format) {
  const refuse = (request: Request) =>
    open311Error(format ?? (new URL(request.url).pathname.endsWith('.json') ? 'json' : 'xml'), 405, 'method not allowed (allowed: GET)', { Allow: 'GET' });
  return { POST: refuse, PUT: refuse, DELETE: refuse, PATCH: refuse };
}
