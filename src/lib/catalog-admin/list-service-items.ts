import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';

const PAGE = 20;

/** The admin's item list: every item whatever its status, searched by name or code. */
export async function listServiceItems(actor: Actor, input: { q?: string; page?: number } = {}) {
  assertRole(actor, ['ADMIN']);
  const q = input.q?.trim();
  const where = q
    ? {
        OR: [
          { name: { contains: q, mode: 'insensitive' as const } },
          { basicCode: { contains: q, mode: 'insensitive' as const } },
          {
            versions: {
              some: { OR: [{ name: { contains: q, mode: 'insensitive' as const } }, { implementationCode: { contains: q, mode: 'insensitive' as const } }] },
            },
          },
        ],
      }
    : {};
  const page = Math.max(1, input.page ?? 1);
  const [total, rows] = await Promise.all([
    db.serviceItem.count({ where }),
    db.serviceItem.findMany({
      where,
      orderBy: [{ status: 'asc' }, { basicCode: 'asc' }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: {
        id: true,
        basicCode: true,
        name: true,
        status: true,
        versions: { orderBy: { version: 'desc' }, select: { version: true, status: true, level: true, department: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE)),
    items: rows.map((r) => {
      const published = r.versions.find((v) => v.status === 'PUBLISHED');
      const latest = r.versions[0];
      return {
        id: r.id,
        basicCode: r.basicCode,
        name: r.name,
        status: r.status,
        publishedVersion: published?.version ?? null,
        hasDraft: r.versions.some((v) => v.status === 'DRAFT'),
        level: (published ?? latest)?.level ?? null,
        department: (published ?? latest)?.department.name ?? null,
      };
    }),
  };
}
