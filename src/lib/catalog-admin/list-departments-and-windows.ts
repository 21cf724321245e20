import 'server-only';
import { z } from 'zod';
import { type Actor, assertRole } from '@/lib/auth/actor';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';

const PAGE = 20;

// A department's or window's code, or a record's id.
const code = z
  .string()
  .regex(/^[\w-]{1,40}$/)
  .optional()
  .catch(undefined);

/**
 * The search parameters of the admin's 部门与窗口 page: which list (departments or windows), the page
 * (keyset on the code: the codes are unique and begin with the region's code) and the row being edited.
 * Anything malformed means the first page of departments with a form for a new one.
 */
export const orgListSchema = z.object({ list: z.enum(['departments', 'windows']).catch('departments'), after: code, edit: code });
export type OrgListQuery = z.infer<typeof orgListSchema>;

const departmentSelect = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  region: { select: { code: true, name: true } },
  upperDepartment: { select: { code: true, name: true } },
  _count: { select: { users: true } },
} satisfies Prisma.DepartmentSelect;
const windowSelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  region: { select: { code: true, name: true } },
  _count: { select: { users: true } },
} satisfies Prisma.WindowSelect;

/** One page of departments or of windows (20, by code), both counts, the row being edited, and what the form chooses from. */
export async function listDepartmentsAndWindows(actor: Actor, { list, after, edit }: OrgListQuery) {
  assertRole(actor, ['ADMIN']);
  const page = { where: after ? { code: { gt: after } } : {}, orderBy: { code: 'asc' as const }, take: PAGE + 1 };
  // What both lists show, read beside the list's own rows.
  const shared = Promise.all([
    db.department.count(),
    db.window.count(),
    db.region.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true } }),
  ]).then(([departments, windows, regions]) => ({ counts: { departments, windows }, regions }));
  if (list === 'windows') {
    const [common, rows, editing] = await Promise.all([
      shared,
      db.window.findMany({ ...page, select: windowSelect }),
      edit ? db.window.findUnique({ where: { id: edit }, select: windowSelect }) : null,
    ]);
    return { list, ...common, ...paged(rows.map(windowRow)), editing: editing && windowRow(editing) };
  }
  const [common, rows, editing, upperOptions] = await Promise.all([
    shared,
    db.department.findMany({ ...page, select: departmentSelect }),
    edit ? db.department.findUnique({ where: { id: edit }, select: departmentSelect }) : null,
    // Every department can be an upper one: the form's choice, code and name only.
    db.department.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, region: { select: { name: true } } } }),
  ]);
  return {
    list,
    ...common,
    ...paged(rows.map(departmentRow)),
    editing: editing && departmentRow(editing),
    upperOptions: upperOptions.map((d) => ({ code: d.code, name: `${d.region.name} ${d.name}` })),
  };
}

function paged<T extends { code: string }>(rows: T[]) {
  const page = rows.slice(0, PAGE);
  return { rows: page, next: rows.length > PAGE ? (page.at(-1)?.code ?? null) : null };
}

const departmentRow = (d: Prisma.DepartmentGetPayload<{ select: typeof departmentSelect }>) => ({
  id: d.id,
  code: d.code,
  name: d.name,
  shortName: d.shortName,
  regionCode: d.region.code,
  regionName: d.region.name,
  upperDepartmentCode: d.upperDepartment?.code ?? null,
  upperDepartmentName: d.upperDepartment?.name ?? null,
  users: d._count.users,
});

const windowRow = (w: Prisma.WindowGetPayload<{ select: typeof windowSelect }>) => ({
  id: w.id,
  code: w.code,
  name: w.name,
  kind: w.kind,
  regionCode: w.region.code,
  regionName: w.region.name,
  users: w._count.users,
});
