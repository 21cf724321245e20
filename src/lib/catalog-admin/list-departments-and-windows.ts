import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** Departments, windows and regions for the admin's 部门与窗口 page. */
export async function listDepartmentsAndWindows(actor: Actor) {
  assertRole(actor, ['ADMIN']);
  const [departments, windows, regions] = await Promise.all([
    db.department.findMany({
      orderBy: [{ region: { level: 'asc' } }, { code: 'asc' }],
      select: {
        id: true,
        code: true,
        name: true,
        shortName: true,
        region: { select: { code: true, name: true } },
        upperDepartment: { select: { code: true, name: true } },
        _count: { select: { users: true } },
      },
    }),
    db.window.findMany({
      orderBy: { code: 'asc' },
      select: { id: true, code: true, name: true, kind: true, region: { select: { code: true, name: true } }, _count: { select: { users: true } } },
    }),
    db.region.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true } }),
  ]);
  return {
    departments: departments.map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      shortName: d.shortName,
      regionCode: d.region.code,
      regionName: d.region.name,
      upperDepartmentCode: d.upperDepartment?.code ?? null,
      upperDepartmentName: d.upperDepartment?.name ?? null,
      users: d._count.users,
    })),
    windows: windows.map((w) => ({
      id: w.id,
      code: w.code,
      name: w.name,
      kind: w.kind,
      regionCode: w.region.code,
      regionName: w.region.name,
      users: w._count.users,
    })),
    regions,
  };
}
