// The lines a certificate carries (Certificate.data.fields, written by
// results/issue via certificate-types.ts), read back by the certificate's
// PDF and by the public verification page.

import type { Prisma } from '@/generated/prisma/client';

export type CertificateField = { label: string; value: string };

/** Lines about the person that the public verification page leaves out, as it leaves out the ID number. */
export const PERSONAL_FIELD_LABELS: readonly string[] = ['出生日期'];

/** The fields stored in Certificate.data by issueCertificate; [] for anything else. */
export function certificateFields(data: unknown): CertificateField[] {
  const fields = (data as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter((f): f is CertificateField => typeof f?.label === 'string' && typeof f?.value === 'string');
}

/** What the paper of a certificate says, and its verify code: read for its PDF and by the public verification page. */
export const printedCertificateSelect = {
  number: true,
  type: true,
  holderName: true,
  issuer: true,
  issuedAt: true,
  validUntil: true,
  scope: true,
  data: true,
  status: true,
  verifyCode: true,
} satisfies Prisma.CertificateSelect;
