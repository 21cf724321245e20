import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { maskCertificateNumber, maskPersonName } from '@/lib/verification/mask';
import { disclosureFilterSchema, type DisclosureFilter } from '@/lib/verification/schemas';

const DISCLOSURE_PAGE_SIZE = 20;

/**
 * 双公示: the decided results of items whose version is marked for disclosure,
 * newest first, for everyone (no sign-in). Which items are disclosed is the
 * version's `disclose` (never items about a person's private life, see
 * src/lib/catalog/disclosure.ts). A person appears as 张*, never with an ID
 * number, and with their certificate number masked; a company with its name and credit code, which are
 * public registers anyway. Also returns the departments that can be filtered on.
 */
export async function listDisclosedResults(filter: DisclosureFilter) {
  const { department, page } = disclosureFilterSchema.parse(filter);
  const disclosed: Prisma.ApplicationWhereInput = {
    status: { in: ['DECIDED', 'DELIVERED'] },
    decision: { not: null },
    decidedAt: { not: null },
    version: { disclose: true },
  };
  const where: Prisma.ApplicationWhereInput = department ? { AND: [disclosed, { version: { departmentId: department } }] } : disclosed;
  const [total, rows, departments] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * DISCLOSURE_PAGE_SIZE,
      take: DISCLOSURE_PAGE_SIZE,
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
    }),
    db.department.findMany({
      where: { itemVersions: { some: { disclose: true, applications: { some: disclosed } } } },
      orderBy: { code: 'asc' },
      select: { id: true, name: true, region: { select: { name: true } } },
    }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / DISCLOSURE_PAGE_SIZE)),
    departments: departments.map((d) => ({ id: d.id, name: `${d.region.name}${d.name}` })),
    results: rows.map((r) => {
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
