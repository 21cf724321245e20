import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { keysetResult, parseKeyset } from '@/lib/paging';
import { maskCertificateNumber, maskPersonName } from '@/lib/verification/mask';
import { disclosureFilterSchema, type DisclosureFilter } from '@/lib/verification/schemas';

const DISCLOSURE_PAGE_SIZE = 20;

/** A result is disclosed once decided, in a version marked for disclosure. */
const DECIDED = { status: { in: ['DECIDED', 'DELIVERED'] }, decision: { not: null }, decidedAt: { not: null } } satisfies Prisma.ApplicationWhereInput;

/**
 * 双公示: the decided results of items whose version is marked for disclosure,
 * newest first, for everyone (no sign-in), a page at a time (keyset on the
 * decision's time). Which items are disclosed is the version's `disclose`
 * (never items about a person's private life, see
 * src/lib/catalog/disclosure.ts). A person appears as 张*, never with an ID
 * number, and with their certificate number masked; a company with its name and credit code, which are
 * public registers anyway. Also returns the departments that can be filtered on.
 *
 * The page is read per disclosed version, each on its index (versionId,
 * decidedAt, id) for at most a page of rows, then merged: its cost does not
 * grow with the years of results, whichever department is asked for
 * (walking all decisions by time for one department's read 2.7 s at 1,000,000
 * applications, and an exact count of them 1 s). So the page tells no total.
 */
export async function listDisclosedResults(filter: DisclosureFilter, take = DISCLOSURE_PAGE_SIZE) {
  const { department, after } = disclosureFilterSchema.parse(filter);
  const cursor = parseKeyset(after);
  const [versions, departments] = await Promise.all([
    db.serviceItemVersion.findMany({ where: { disclose: true, ...(department ? { departmentId: department } : {}) }, select: { id: true } }),
    db.department.findMany({
      where: { itemVersions: { some: { disclose: true, applications: { some: DECIDED } } } },
      orderBy: { code: 'asc' },
      select: { id: true, name: true, region: { select: { name: true } } },
    }),
  ]);
  const page =
    versions.length === 0
      ? []
      : await db.$queryRaw<{ id: string; decidedAt: Date }[]>`
          SELECT x.id, x."decidedAt" FROM unnest(${versions.map((v) => v.id)}::text[]) AS v(id)
          CROSS JOIN LATERAL (
            SELECT a.id, a."decidedAt" FROM "Application" a
            WHERE a."versionId" = v.id AND a.status IN ('DECIDED', 'DELIVERED') AND a.decision IS NOT NULL AND a."decidedAt" IS NOT NULL
              ${cursor ? Prisma.sql`AND (a."decidedAt", a.id) < (${cursor.at.toISOString()}::timestamp, ${cursor.id})` : Prisma.empty}
            ORDER BY a."decidedAt" DESC, a.id DESC LIMIT ${take + 1}
          ) x
          ORDER BY x."decidedAt" DESC, x.id DESC LIMIT ${take + 1}`;
  const { rows: ids, next } = keysetResult(page, take, (r) => r.decidedAt);
  const found = await db.application.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    select: {
      id: true,
      receiptNumber: true,
      applicantKind: true,
      applicantName: true,
      applicantIdNo: true,
      decision: true,
      decidedAt: true,
      version: { select: { name: true, department: { select: { name: true, region: { select: { name: true } } } } } },
      certificates: { select: { number: true }, take: 1, orderBy: { issuedAt: 'asc' } },
    },
  });
  const byId = new Map(found.map((r) => [r.id, r]));
  return {
    // The page asked for, when it is not the first (for the link back to the first).
    after: cursor ? after : undefined,
    next,
    departments: departments.map((d) => ({ id: d.id, name: `${d.region.name}${d.name}` })),
    results: ids.map(({ id }) => {
      const r = byId.get(id)!;
      const company = r.applicantKind === 'COMPANY';
      return {
        id: r.id,
        receiptNumber: r.receiptNumber,
        itemName: r.version.name,
        department: `${r.version.department.region.name}${r.version.department.name}`,
        applicant: company ? r.applicantName : maskPersonName(r.applicantName),
        // A company's unified social credit code is public; a person's ID number never is.
        creditCode: company ? r.applicantIdNo : null,
        decision: r.decision as 'APPROVED' | 'DENIED',
        decidedAt: r.decidedAt as Date,
        // A company's licence number is on a public register; a person's is masked like an ID number.
        certificateNumber: r.certificates[0] ? (company ? r.certificates[0].number : maskCertificateNumber(r.certificates[0].number)) : null,
      };
    }),
  };
}
