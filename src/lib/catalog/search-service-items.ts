import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';

export const catalogSearchSchema = z.object({
  q: z.string().trim().max(50).optional().default(''),
  department: z.string().trim().max(64).optional(),
  type: z.enum(['LICENSING', 'CONFIRMATION', 'BENEFIT', 'RULING', 'OTHER_POWER', 'PUBLIC_SERVICE']).optional(),
  handlingClass: z.enum(['IMMEDIATE', 'PROMISED', 'JOINT', 'ESCALATED']).optional(),
  lifeEvent: z.string().trim().max(20).optional(),
  page: z.coerce.number().int().min(1).max(1000).optional().default(1),
});
export type CatalogSearch = z.input<typeof catalogSearchSchema>;

const PAGE_SIZE = 20;

/** Public catalog search over the published versions. */
export async function searchServiceItems(input: CatalogSearch) {
  const query = catalogSearchSchema.parse(input);
  const words = query.q.split(/\s+/).filter(Boolean);
  const where: Prisma.ServiceItemVersionWhereInput = {
    status: 'PUBLISHED',
    item: { status: 'ACTIVE' },
    ...(query.department && { departmentId: query.department }),
    ...(query.type && { type: query.type }),
    ...(query.handlingClass && { handlingClass: query.handlingClass }),
    ...(query.lifeEvent && { lifeEvents: { has: query.lifeEvent } }),
    AND: words.map((word) => ({
      OR: [{ searchText: { contains: word, mode: 'insensitive' as const } }, { implementationCode: { startsWith: word } }],
    })),
  };
  const [total, items] = await Promise.all([
    db.serviceItemVersion.count({ where }),
    db.serviceItemVersion.findMany({
      where,
      orderBy: [{ item: { basicCode: 'asc' } }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        type: true,
        level: true,
        handlingClass: true,
        promisedLimitDays: true,
        statutoryLimitDays: true,
        onlineDepth: true,
        item: { select: { basicCode: true } },
        department: { select: { name: true } },
      },
    }),
  ]);
  return {
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: items.map(({ item, department, ...v }) => ({ ...v, code: item.basicCode, department: department.name })),
  };
}

export async function listCatalogFacets() {
  const [departments, lifeEvents] = await Promise.all([
    db.department.findMany({
      where: { itemVersions: { some: { status: 'PUBLISHED' } } },
      select: { id: true, name: true, region: { select: { level: true } } },
      orderBy: { code: 'asc' },
    }),
    db.$queryRaw<{ event: string }[]>`
      SELECT DISTINCT unnest("lifeEvents") AS event FROM "ServiceItemVersion" WHERE status = 'PUBLISHED' ORDER BY 1`,
  ]);
  return { departments: departments.map((d) => ({ id: d.id, name: d.name, level: d.region.level })), lifeEvents: lifeEvents.map((e) => e.event) };
}
