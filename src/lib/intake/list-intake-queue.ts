import 'server-only';
import { type Actor, assertRole, WINDOW_ROLES } from '@/lib/auth/actor';
import type { ApplicationStatus, Channel } from '@/generated/prisma/enums';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { keysetResult, parseKeyset, type KeysetPage } from '@/lib/paging';

/**
 * The general window's queue: every department's submitted applications (one
 * window for all), oldest first, flagged when the 5-day intake limit is near
 * or past. One page at a time, by (submittedAt, id) keyset.
 */
export async function listIntakeQueuePage(actor: Actor, page: KeysetPage = {}, now = new Date()) {
  assertRole(actor, WINDOW_ROLES);
  const take = page.take ?? 20;
  const cursor = parseKeyset(page.after);
  // Timestamps are stored as UTC without a zone: an ISO string cast to timestamp compares as stored.
  const after = cursor ? Prisma.sql`AND (a."submittedAt", a.id) > (${cursor.at.toISOString()}::timestamp, ${cursor.id})` : Prisma.empty;
  // One statement in SQL (the page chosen first, then its item and department joined) rather than Prisma's
  // one query per relation: the window opens this page all day. A bundle's members are taken in as one case (listBundleIntakeQueue), not one by one.
  const rows = await db.$queryRaw<
    {
      id: string;
      status: ApplicationStatus;
      channel: Channel;
      applicantName: string;
      submittedAt: Date | null;
      intakeDueAt: Date | null;
      itemName: string;
      department: string;
    }[]
  >`
    SELECT a.id, a.status::text AS status, a.channel::text AS channel, a."applicantName", a."submittedAt", a."intakeDueAt",
      v.name AS "itemName", d.name AS department
    FROM (
      SELECT a.id, a."versionId", a.status, a.channel, a."applicantName", a."submittedAt", a."intakeDueAt"
      FROM "Application" a
      WHERE a.status IN ('SUBMITTED', 'CORRECTION_REQUIRED') AND a."bundleCaseId" IS NULL AND a."submittedAt" IS NOT NULL ${after}
      ORDER BY a."submittedAt", a.id
      LIMIT ${take + 1}
    ) a
    JOIN "ServiceItemVersion" v ON v.id = a."versionId"
    JOIN "Department" d ON d.id = v."departmentId"
    ORDER BY a."submittedAt", a.id`;
  const result = keysetResult(rows, take, (r) => r.submittedAt);
  return {
    next: result.next,
    rows: result.rows.map((r) => ({
      ...r,
      overdue: r.status === 'SUBMITTED' && r.intakeDueAt != null && r.intakeDueAt < now,
    })),
  };
}

/** The oldest 200 of the queue in one list (what the page showed before it was paged). */
export async function listIntakeQueue(actor: Actor, now = new Date()) {
  return (await listIntakeQueuePage(actor, { take: 200 }, now)).rows;
}
