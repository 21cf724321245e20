import 'server-only';
import type { ApplicationStatus, Decision, SuspensionKind } from '@/generated/prisma/enums';
import { Prisma } from '@/generated/prisma/client';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { loadClock } from '@/lib/clock/clock-settings';
import { caseClockNotes } from '@/lib/clock/load-stopped-clocks';
import { db } from '@/lib/db';
import { keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';
import { nextStepOf } from './next-steps';

type Row = {
  id: string;
  receiptNumber: string | null;
  status: ApplicationStatus;
  decision: Decision | null;
  submittedAt: Date | null;
  promisedDueAt: Date | null;
  createdAt: Date;
  itemName: string;
  department: string;
  pauseKind: SuspensionKind | null;
  pauseDepartment: string | null;
  bundleAccepted: boolean;
};

/**
 * The applicant's own applications (never drafts), newest first, one page at a
 * time by (createdAt, id) keyset, each with its next step. One statement in SQL
 * rather than Prisma's one query per relation (item, department, the open
 * pause): the page's list was its costliest read (docs/performance.md, "Inbox
 * pages in fewer queries"). The pause that names the next step is the latest
 * open one, a request for material before any other: only it waits for the
 * applicant (next-steps.ts).
 */
export async function listMyApplicationsPage(actor: Actor, page: KeysetPage = {}) {
  assertRole(actor, ['APPLICANT']);
  const take = page.take ?? 20;
  const cursor = parseKeyset(page.after);
  // Timestamps are stored as UTC without a zone: an ISO string cast to timestamp compares as stored.
  const after = cursor ? Prisma.sql`AND (a."createdAt", a.id) < (${cursor.at.toISOString()}::timestamp, ${cursor.id})` : Prisma.empty;
  // The page is chosen first (index on applicantId, createdAt), then joined: the item, department and
  // pause are read for its rows only, however many cases the applicant has.
  const rows = await db.$queryRaw<Row[]>`
    SELECT a.id, a."receiptNumber", a.status::text AS status, a.decision::text AS decision, a."submittedAt", a."promisedDueAt", a."createdAt",
      v.name AS "itemName", d.name AS department, p.kind AS "pauseKind", p.department AS "pauseDepartment",
      coalesce(b.status = 'IN_PROGRESS', false) AS "bundleAccepted"
    FROM (
      SELECT a.id, a."versionId", a."receiptNumber", a.status, a.decision, a."submittedAt", a."promisedDueAt", a."createdAt", a."bundleCaseId"
      FROM "Application" a
      WHERE a."applicantId" = ${actor.id} AND a.status <> 'DRAFT' ${after}
      ORDER BY a."createdAt" DESC, a.id DESC
      LIMIT ${take + 1}
    ) a
    JOIN "ServiceItemVersion" v ON v.id = a."versionId"
    JOIN "Department" d ON d.id = v."departmentId"
    LEFT JOIN "BundleCase" b ON b.id = a."bundleCaseId" AND a.status = 'SUBMITTED'
    LEFT JOIN LATERAL (
      SELECT s.kind::text AS kind, sd.name AS department
      FROM "Suspension" s
      LEFT JOIN "DepartmentTask" st ON st.id = s."taskId"
      LEFT JOIN "Department" sd ON sd.id = st."departmentId"
      WHERE a.status = 'SUSPENDED' AND s."applicationId" = a.id AND s."endedAt" IS NULL
      ORDER BY s.kind = 'AWAITING_APPLICANT' DESC, s."startedAt" DESC
      LIMIT 1
    ) p ON true
    ORDER BY a."createdAt" DESC, a.id DESC`;
  const result = keysetResult(rows, take, (r) => r.createdAt);
  const notes = await caseClockNotes(result.rows, await loadClock());
  return {
    next: result.next,
    rows: result.rows.map(({ createdAt: _createdAt, pauseKind, pauseDepartment, bundleAccepted, ...r }) => ({
      ...r,
      dueProvisional: notes.get(r.id)?.provisional ?? false,
      stopped: notes.get(r.id)?.stopped?.case ?? null,
      nextStep: nextStepOf(r.id, r.status, pauseKind ? { kind: pauseKind, department: pauseDepartment } : null, bundleAccepted),
    })),
  };
}

/** The newest 100 of the applicant's applications in one list (what the page showed before it was paged). */
export async function listMyApplications(actor: Actor) {
  return (await listMyApplicationsPage(actor, { take: 100 })).rows;
}
