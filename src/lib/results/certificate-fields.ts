import type { CertificateField } from './certificate-types';

/** The fields stored in Certificate.data by issueCertificate; [] for anything else. */
export function certificateFields(data: unknown): CertificateField[] {
  const fields = (data as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter((f): f is CertificateField => typeof f?.label === 'string' && typeof f?.value === 'string');
}
