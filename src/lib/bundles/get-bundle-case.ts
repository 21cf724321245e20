import 'server-only';
import { type Actor, DEPARTMENT_ROLES, WINDOW_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { filedMaterialKey, filedMaterialKeySelect } from './filed-material-key';

/**
 * A bundle case with its members, their states and their materials grouped by
 * distinct material (the window checks each once). The applicant sees only
 * their own; the window and supervision every one; a department only a bundle
 * with a member whose task it was given (opened), as for single cases; the
 * catalog admin none (least privilege, docs/security.md V8).
 */
export async function getBundleCase(actor: Actor, bundleCaseId: string) {
  const scope =
    actor.role === 'APPLICANT'
      ? { applicantId: actor.id }
      : WINDOW_ROLES.includes(actor.role) || actor.role === 'SUPERVISOR'
        ? {}
        : DEPARTMENT_ROLES.includes(actor.role) && actor.departmentId
          ? { members: { some: { tasks: { some: { departmentId: actor.departmentId, openedAt: { not: null } } } } } }
          : null;
  if (!scope) throw new AppError('NOT_FOUND');
  const c = await db.bundleCase.findFirst({
    where: { id: bundleCaseId, ...scope },
    select: {
      id: true,
      receiptNumber: true,
      checkCode: true,
      status: true,
      channel: true,
      applicantName: true,
      situations: true,
      submittedAt: true,
      intakeDueAt: true,
      acceptedAt: true,
      promisedDueAt: true,
      concludedAt: true,
      deliveredAt: true,
      deliveryMethod: true,
      earlyCollectionRequestedAt: true,
      bundleVersion: {
        select: {
          name: true,
          promisedLimitDays: true,
          lifeEvent: true,
          bundle: { select: { code: true } },
          members: { orderBy: { sort: 'asc' }, select: { sort: true, dependsOn: true, item: { select: { basicCode: true } } } },
        },
      },
      members: {
        select: {
          id: true,
          status: true,
          decision: true,
          decisionReason: true,
          closedReason: true,
          receiptNumber: true,
          promisedDueAt: true,
          decidedAt: true,
          warning: true,
          version: {
            select: {
              name: true,
              promisedLimitDays: true,
              resultName: true,
              item: { select: { basicCode: true } },
              department: { select: { name: true } },
            },
          },
          materials: {
            select: {
              id: true,
              status: true,
              reason: true,
              ...filedMaterialKeySelect,
              files: { select: { id: true, name: true } },
            },
          },
          certificates: { select: { id: true, number: true, type: true } },
          tasks: { select: { departmentId: true, status: true } },
        },
      },
    },
  });
  if (!c) throw new AppError('NOT_FOUND');
  // The pack's record of early collections (deliver-bundle-part.ts): which members went before the rest.
  const early = await db.auditEvent.findMany({ where: { entity: 'BundleCase', entityId: c.id, action: 'deliver-partial' }, select: { data: true } });
  const collectedEarly = new Set(early.flatMap((e) => ((e.data as { memberIds?: unknown } | null)?.memberIds as string[] | undefined) ?? []));
  const order = new Map(c.bundleVersion.members.map((m) => [m.item.basicCode, m]));
  const members = c.members
    .map((a) => ({
      id: a.id,
      code: a.version.item.basicCode,
      sort: order.get(a.version.item.basicCode)?.sort ?? 0,
      dependsOn: order.get(a.version.item.basicCode)?.dependsOn ?? [],
      name: a.version.name,
      department: a.version.department.name,
      promisedLimitDays: a.version.promisedLimitDays,
      resultName: a.version.resultName,
      status: a.status,
      decision: a.decision,
      decisionReason: a.decisionReason,
      closedReason: a.closedReason,
      receiptNumber: a.receiptNumber,
      promisedDueAt: a.promisedDueAt,
      decidedAt: a.decidedAt,
      warning: a.warning,
      certificates: a.certificates,
      mine: actor.departmentId != null && a.tasks.some((t) => t.departmentId === actor.departmentId),
      collectedEarly: collectedEarly.has(a.id),
    }))
    .sort((x, y) => x.sort - y.sort);
  const materials = new Map<
    string,
    { key: string; name: string; status: string; reason: string | null; files: { id: string; name: string }[]; members: string[] }
  >();
  if (actor.role === 'APPLICANT' || actor.role === 'CLERK' || actor.role === 'WINDOW_LEAD') {
    for (const a of c.members) {
      for (const m of a.materials) {
        const key = filedMaterialKey(m);
        const seen = materials.get(key);
        if (seen) {
          if (!seen.members.includes(a.version.name)) seen.members.push(a.version.name);
          if (m.status === 'MISSING' || m.status === 'DEFECTIVE') Object.assign(seen, { status: m.status, reason: m.reason });
        } else materials.set(key, { key, name: m.name, status: m.status, reason: m.reason, files: m.files, members: [a.version.name] });
      }
    }
  }
  const { bundleVersion, members: _rows, ...rest } = c;
  return {
    ...rest,
    bundleCode: bundleVersion.bundle.code,
    name: bundleVersion.name,
    lifeEvent: bundleVersion.lifeEvent,
    promisedLimitDays: bundleVersion.promisedLimitDays,
    memberPromisedSum: members.reduce((s, m) => s + m.promisedLimitDays, 0),
    members,
    materials: [...materials.values()],
  };
}
export type BundleCaseView = Awaited<ReturnType<typeof getBundleCase>>;
