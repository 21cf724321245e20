import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { INQUIRY_LIMIT_DAYS } from '@/lib/inquiries/schemas';
import { requestFiltersSchema, type RequestFilters } from './schemas';

const DEFAULT_DAYS = 90; // the specification's default window when no date is given
const MAX_RESULTS = 1000; // and its cap

export type Open311ServiceRequest = {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
};

const dayStart = (s: string) => new Date(/T/.test(s) ? s : `${s}T00:00:00+08:00`);
const dayEnd = (s: string) => (/T/.test(s) ? new Date(s) : new Date(new Date(`${s}T00:00:00+08:00`).getTime() + 86400_000 - 1));

/**
 * GET requests and requests/{id}: the requests filed through Open311 in the
 * specification's shape. Only what the public may know: no description,
 * address, position or contact (the request ids are unguessable, but the list
 * is public). The answer staff gave is the status_notes.
 */
export async function listServiceRequests(input: RequestFilters, now = new Date()): Promise<Open311ServiceRequest[]> {
  const parsed = requestFiltersSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', { status: 400, description: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  const f = parsed.data;
  const ids = f.service_request_id
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const statuses = f.status?.split(',');
  const where: Prisma.Open311RequestWhereInput = ids?.length
    ? { id: { in: ids.slice(0, MAX_RESULTS) } } // the specification: ids make the other filters ignored
    : {
        ...(f.service_code ? { serviceCode: f.service_code } : {}),
        createdAt: {
          gte: f.start_date ? dayStart(f.start_date) : new Date((f.end_date ? dayEnd(f.end_date) : now).getTime() - DEFAULT_DAYS * 86400_000),
          ...(f.end_date ? { lte: dayEnd(f.end_date) } : {}),
        },
        ...(statuses?.length === 1 ? { inquiry: { answeredAt: statuses[0] === 'open' ? null : { not: null } } } : {}),
      };
  const rows = await db.open311Request.findMany({
    where,
    orderBy: { createdAt: 'desc' },
    take: MAX_RESULTS,
    select: {
      id: true,
      serviceCode: true,
      createdAt: true,
      inquiry: {
        select: {
          answer: true,
          answeredAt: true,
          dueAt: true,
          item: {
            select: {
              name: true,
              versions: {
                where: { status: 'PUBLISHED' },
                take: 1,
                select: { name: true, department: { select: { name: true, region: { select: { name: true } } } } },
              },
            },
          },
        },
      },
    },
  });
  // A request about a bundle (一件事) is named by the bundle, not by the member item its question went to.
  const bundles = new Map(
    (await db.bundle.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.serviceCode))] } }, select: { code: true, name: true } })).map((b) => [
      b.code,
      b.name,
    ]),
  );
  return rows.map((r) => {
    const version = r.inquiry.item?.versions[0];
    const closed = r.inquiry.answeredAt !== null;
    return {
      service_request_id: r.id,
      status: closed ? 'closed' : 'open',
      status_notes: closed ? r.inquiry.answer : null,
      service_name: bundles.get(r.serviceCode) ?? version?.name ?? r.inquiry.item?.name ?? r.serviceCode,
      service_code: r.serviceCode,
      agency_responsible: version ? `${version.department.region.name}${version.department.name}` : '政务服务中心',
      service_notice: closed ? '已答复' : `已转办理部门，${INQUIRY_LIMIT_DAYS} 个工作日内答复`,
      requested_datetime: r.createdAt.toISOString(),
      updated_datetime: (r.inquiry.answeredAt ?? r.createdAt).toISOString(),
      expected_datetime: r.inquiry.dueAt.toISOString(),
    };
  });
}
