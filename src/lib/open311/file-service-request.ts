import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { open311Definition } from '@/lib/catalog/open311';
import { loadClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { openInquiry } from '@/lib/inquiries/ask-question';
import { hashApiKey } from './api-key-hash';
import { bundleInquiryTarget, getOpen311BundleDefinition } from './bundle-services';
import { checkAttributes, describeAttributes, type AttributeValues } from './check-attributes';
import { serviceRequestSchema, type ServiceRequestInput } from './schemas';

type Label = (key: string, values?: Record<string, string | number>) => string;

/** The error a partner reads: an HTTP status and a sentence (AppError details). */
const refuse = (code: 'UNAUTHENTICATED' | 'NOT_FOUND' | 'INVALID_INPUT' | 'RATE_LIMITED', status: number, description: string): never => {
  throw new AppError(code, { status, description });
};

/**
 * A partner system files a service request (POST requests): its key checked
 * and its hourly limit counted, the attributes checked against the service
 * definition, and the request opened as an 咨询 (Inquiry) of the item's
 * department with the inquiry's limit, so staff answer it where they answer
 * every question. The contact person stays on the request and never leaves
 * through the API. Requests are created at once: the id is returned, no token.
 * A bundle's code (一件事) is filed the same way, to the bundle's lead department.
 */
export async function fileServiceRequest(apiKey: string | null, input: ServiceRequestInput, attributes: AttributeValues, label: Label, now = new Date()) {
  if (!apiKey) refuse('UNAUTHENTICATED', 401, 'api_key is required');
  const key = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(apiKey!) },
    select: { id: true, name: true, revokedAt: true, rateLimitPerHour: true },
  });
  if (!key || key.revokedAt) refuse('UNAUTHENTICATED', 403, 'api_key is invalid or revoked');

  const parsed = serviceRequestSchema.safeParse(input);
  if (!parsed.success) refuse('INVALID_INPUT', 400, parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; '));
  const data = parsed.data!;
  const guide = await getServiceGuide(data.service_code);
  const definition = guide ? open311Definition(guide, label) : await getOpen311BundleDefinition(data.service_code, label);
  if (!definition) refuse('NOT_FOUND', 404, `service_code ${data.service_code} is not a published service`);
  const problems = checkAttributes(definition!, attributes);
  if (problems.length) refuse('INVALID_INPUT', 400, problems.join('; '));

  let target: { id: string; name: string; departmentId: string | null } | null;
  let about: string | null = null;
  if (guide) {
    const item = await db.serviceItem.findFirst({
      where: { basicCode: data.service_code, versions: { some: { status: 'PUBLISHED' } } },
      select: { id: true, name: true, versions: { where: { status: 'PUBLISHED' }, select: { departmentId: true }, take: 1 } },
    });
    if (!item) refuse('NOT_FOUND', 404, `service_code ${data.service_code} is not a published service`);
    target = { id: item!.id, name: item!.name, departmentId: item!.versions[0]?.departmentId ?? null };
  } else {
    const bundle = await bundleInquiryTarget(data.service_code);
    if (!bundle) refuse('NOT_FOUND', 404, `service_code ${data.service_code} is not a published service`);
    target = bundle!.item;
    about = `【一件事：${bundle!.name}】`;
  }
  // Address and contact stay out of the question: an answered question may be published to the item's FAQ.
  const question = [about ? `${about}${data.description}` : data.description, ...describeAttributes(definition!, attributes)].join('\n');
  const clock = await loadClock();

  return db.$transaction(async (tx) => {
    // One filing at a time per key, so the hourly count cannot be raced past.
    await tx.$queryRaw`SELECT id FROM "ApiKey" WHERE id = ${key!.id} FOR UPDATE`;
    const lastHour = await tx.open311Request.count({ where: { apiKeyId: key!.id, createdAt: { gt: new Date(now.getTime() - 3600_000) } } });
    if (lastHour >= key!.rateLimitPerHour) refuse('RATE_LIMITED', 429, `rate limit of ${key!.rateLimitPerHour} requests an hour reached`);
    const inquiry = await openInquiry(tx, {
      actor: null,
      askerId: null,
      item: target,
      question,
      clock,
      now,
      audit: { via: 'open311', apiKeyId: key!.id, apiKeyName: key!.name },
    });
    const request = await tx.open311Request.create({
      data: {
        apiKeyId: key!.id,
        inquiryId: inquiry.id,
        serviceCode: data.service_code,
        attributes: attributes as Prisma.InputJsonValue,
        addressString: data.address_string ?? data.address_id ?? null,
        lat: data.lat ?? null,
        long: data.long ?? null,
        firstName: data.first_name ?? null,
        lastName: data.last_name ?? null,
        email: data.email ?? null,
        phone: data.phone ?? null,
        deviceId: data.device_id ?? null,
        accountId: data.account_id ?? null,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.apiKey.update({ where: { id: key!.id }, data: { lastUsedAt: now } });
    return { service_request_id: request.id, inquiryId: inquiry.id, expectedAt: inquiry.dueAt };
  });
}
