import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { storeUpload } from '@/lib/files/store-upload';
import { formFieldsOf, type FormField } from '@/lib/catalog/form-fields';
import { submitApplication } from '@/lib/intake/submit-application';
import { randomUUID } from 'node:crypto';

/** The seeded demo account as the domain sees it. */
export async function actorOf(username: string): Promise<Actor> {
  return db.user.findUniqueOrThrow({
    where: { username },
    select: { id: true, name: true, role: true, departmentId: true, windowId: true },
  });
}

/** The smallest file that file-type recognises as a PDF. */
export function pdfBytes(text = 'test'): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

export async function publishedVersion(name: string) {
  return db.serviceItemVersion.findFirstOrThrow({
    where: { name, status: 'PUBLISHED' },
    select: {
      id: true,
      name: true,
      promisedLimitDays: true,
      statutoryLimitDays: true,
      departmentId: true,
      onlineDepth: true,
      formFields: true,
      materials: { select: { id: true, name: true, required: true, certificateType: true, situations: { select: { id: true } } } },
    },
  });
}

/** A plausible answer to each required field of an item's form. */
export function sampleAnswers(fields: FormField[]): Record<string, string> {
  const sample = (f: FormField) =>
    f.kind === 'number' ? '120' : f.kind === 'date' ? '2026-12-01' : f.kind === 'select' ? f.options[0]! : `${f.label}（测试）`;
  return Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.key, sample(f)]));
}

/**
 * Arrangement for tests that need an item the seed handles at the window only
 * (online depth 1-2, such as 临时救助) to be filed online: its published
 * version is raised to depth 3, as a center that takes it online would set it.
 */
export async function takeOnline(itemName: string) {
  await db.serviceItemVersion.updateMany({ where: { name: itemName, status: 'PUBLISHED' }, data: { onlineDepth: 3 } });
}

/** Submits an application online with one uploaded PDF for every material that needs a file, and the item's required fields filled in. */
export async function submitOnline(applicant: Actor, itemName: string, now = new Date()) {
  const version = await publishedVersion(itemName);
  const held = await db.certificate.findMany({ where: { holderId: applicant.id }, select: { type: true } });
  const files: Record<string, string[]> = {};
  for (const m of version.materials.filter((m) => m.required)) {
    if (m.certificateType && held.some((c) => c.type === m.certificateType)) continue;
    const stored = await storeUpload(applicant, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) });
    files[m.id] = [stored.id];
  }
  const result = await submitApplication(
    applicant,
    {
      versionId: version.id,
      submitKey: randomUUID(),
      contactName: applicant.name,
      contactPhone: '13800000001',
      files,
      answers: sampleAnswers(formFieldsOf(version.formFields)),
    },
    now,
  );
  return { ...result, version };
}
