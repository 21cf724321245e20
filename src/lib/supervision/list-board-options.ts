import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** The departments, windows and items the board and statistics can be filtered by. */
export async function listBoardOptions(actor: Actor) {
  assertRole(actor, ['SUPERVISOR']);
  const [departments, windows, items, thresholds] = await Promise.all([
    db.department.findMany({ orderBy: [{ region: { code: 'asc' } }, { name: 'asc' }], select: { id: true, name: true, region: { select: { name: true } } } }),
    db.window.findMany({ orderBy: { code: 'asc' }, select: { id: true, name: true } }),
    db.serviceItem.findMany({
      where: { versions: { some: { applications: { some: {} } } } },
      select: { id: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { name: true } } },
    }),
    db.setting.findUnique({ where: { key: 'warning-thresholds' }, select: { value: true } }),
  ]);
  const t = (thresholds?.value ?? {}) as { days?: number; ratio?: number };
  return {
    departments: departments.map((d) => ({ id: d.id, name: `${d.region.name}${d.name}` })),
    windows,
    items: items.map((i) => ({ id: i.id, name: i.versions[0]?.name ?? i.id })).sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    thresholds: { days: t.days ?? 1, percent: Math.round((t.ratio ?? 0.2) * 100) },
  };
}
