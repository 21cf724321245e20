import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { searchTextOf } from '@/lib/catalog/search-text';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import type { ItemVersionDocument } from './schemas';

/** What is read of a version to make its document (the shape edit, diff and export share). */
export const versionDocumentSelect = {
  implementationCode: true,
  name: true,
  type: true,
  level: true,
  department: { select: { code: true } },
  legalBasis: true,
  handlingClass: true,
  statutoryLimitDays: true,
  promisedLimitDays: true,
  acceptConditions: true,
  coHandling: true,
  fee: true,
  feeBasis: true,
  onlineDepth: true,
  appointment: true,
  onlinePayment: true,
  postalDelivery: true,
  postalFee: true,
  electronicDelivery: true,
  disclose: true,
  resultName: true,
  resultType: true,
  resultCertificate: true,
  contactPhone: true,
  complaintPhone: true,
  keywords: true,
  lifeEvents: true,
  formFields: true,
  item: { select: { basicCode: true } },
  situations: { orderBy: { sort: 'asc' }, select: { name: true } },
  materials: {
    orderBy: { sort: 'asc' },
    select: {
      name: true,
      form: true,
      copies: true,
      required: true,
      certificateType: true,
      note: true,
      situations: { orderBy: { sort: 'asc' }, select: { name: true } },
    },
  },
  steps: { orderBy: { sort: 'asc' }, select: { name: true, limitDays: true } },
  stages: { orderBy: { sort: 'asc' }, select: { name: true, limitDays: true, departments: { select: { department: { select: { code: true } } } } } },
} as const;

/** A version as read with versionDocumentSelect (callers may select more). */
type VersionRow = Prisma.ServiceItemVersionGetPayload<{ select: typeof versionDocumentSelect }>;

/** A stored version as a plain document, keys in a fixed order so exports compare equal. */
export function toDocument(v: VersionRow): ItemVersionDocument {
  return {
    basicCode: v.item.basicCode,
    implementationCode: v.implementationCode,
    name: v.name,
    type: v.type,
    level: v.level,
    departmentCode: v.department.code,
    legalBasis: v.legalBasis,
    handlingClass: v.handlingClass,
    statutoryLimitDays: v.statutoryLimitDays,
    promisedLimitDays: v.promisedLimitDays,
    acceptConditions: v.acceptConditions,
    situations: v.situations.map((s) => ({ name: s.name })),
    materials: v.materials.map((m) => ({
      name: m.name,
      form: m.form,
      copies: m.copies,
      required: m.required,
      situations: m.situations.map((s) => s.name),
      certificateType: m.certificateType,
      note: m.note,
    })),
    steps: v.steps.map((s) => ({ name: s.name, limitDays: s.limitDays })),
    stages: v.stages.map((s) => ({ name: s.name, limitDays: s.limitDays, departmentCodes: s.departments.map((d) => d.department.code).sort() })),
    formFields: formFieldsOf(v.formFields),
    coHandling: v.coHandling,
    fee: v.fee,
    feeBasis: v.feeBasis,
    onlineDepth: v.onlineDepth,
    appointment: v.appointment,
    onlinePayment: v.onlinePayment,
    postalDelivery: v.postalDelivery,
    postalFee: v.postalFee,
    electronicDelivery: v.electronicDelivery,
    disclose: v.disclose,
    resultName: v.resultName,
    resultType: v.resultType,
    resultCertificate: v.resultCertificate,
    contactPhone: v.contactPhone,
    complaintPhone: v.complaintPhone,
    keywords: v.keywords,
    lifeEvents: v.lifeEvents,
  };
}

/** Department codes to ids; an unknown code is a field error at its place (prefix for import rows). */
export async function resolveDepartments(
  tx: Pick<Tx, 'department'>,
  doc: { departmentCode: string; stages: { departmentCodes: string[] }[] },
  prefix = '',
): Promise<{ ids: Map<string, string>; fieldErrors: Record<string, string[]> }> {
  const codes = new Set([doc.departmentCode, ...doc.stages.flatMap((s) => s.departmentCodes)]);
  const rows = await tx.department.findMany({ where: { code: { in: [...codes] } }, select: { id: true, code: true } });
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  const fieldErrors: Record<string, string[]> = {};
  if (doc.departmentCode && !ids.has(doc.departmentCode)) fieldErrors[`${prefix}departmentCode`] = ['unknownDepartment'];
  doc.stages.forEach((s, i) => {
    if (s.departmentCodes.some((c) => !ids.has(c))) fieldErrors[`${prefix}stages.${i}.departmentCodes`] = ['unknownDepartment'];
  });
  return { ids, fieldErrors };
}

function versionSearchText(doc: ItemVersionDocument, departmentName: string): string {
  return searchTextOf({ name: doc.name, keywords: doc.keywords, materials: doc.materials.map((m) => m.name), departments: [departmentName] });
}

/** Writes a version's fields and children from a document (replacing the children of a draft). */
export async function writeVersion(
  tx: Tx,
  target: { itemId: string; version: number; status: 'DRAFT' | 'PUBLISHED'; effectiveFrom?: Date | null } | { versionId: string },
  doc: ItemVersionDocument,
): Promise<string> {
  const { ids, fieldErrors } = await resolveDepartments(tx, doc);
  if (Object.keys(fieldErrors).length) throw new AppError('INVALID_INPUT', { fieldErrors });
  const departmentId = ids.get(doc.departmentCode)!;
  const department = await tx.department.findUniqueOrThrow({ where: { id: departmentId }, select: { name: true } });
  const fields = {
    implementationCode: doc.implementationCode,
    name: doc.name,
    type: doc.type,
    level: doc.level,
    departmentId,
    legalBasis: doc.legalBasis,
    handlingClass: doc.handlingClass,
    statutoryLimitDays: doc.statutoryLimitDays,
    promisedLimitDays: doc.promisedLimitDays,
    acceptConditions: doc.acceptConditions,
    coHandling: doc.coHandling,
    fee: doc.fee,
    feeBasis: doc.feeBasis,
    onlineDepth: doc.onlineDepth,
    appointment: doc.appointment,
    onlinePayment: doc.onlinePayment,
    postalDelivery: doc.postalDelivery,
    postalFee: doc.postalFee,
    electronicDelivery: doc.electronicDelivery,
    disclose: doc.disclose,
    resultName: doc.resultName,
    resultType: doc.resultType,
    resultCertificate: doc.resultCertificate,
    contactPhone: doc.contactPhone,
    complaintPhone: doc.complaintPhone,
    keywords: doc.keywords,
    lifeEvents: doc.lifeEvents,
    formFields: doc.formFields,
    searchText: versionSearchText(doc, department.name),
  };
  let versionId: string;
  if ('versionId' in target) {
    versionId = target.versionId;
    await tx.serviceItemVersion.update({ where: { id: versionId }, data: fields });
    await tx.situation.deleteMany({ where: { versionId } });
    await tx.materialRequirement.deleteMany({ where: { versionId } });
    await tx.processStep.deleteMany({ where: { versionId } });
    await tx.routeStage.deleteMany({ where: { versionId } });
  } else {
    const created = await tx.serviceItemVersion.create({
      data: { ...fields, itemId: target.itemId, version: target.version, status: target.status, effectiveFrom: target.effectiveFrom ?? null },
      select: { id: true },
    });
    versionId = created.id;
  }
  const situationIds = new Map<string, string>();
  for (const [sort, s] of doc.situations.entries()) {
    const row = await tx.situation.create({ data: { versionId, sort, name: s.name }, select: { id: true } });
    situationIds.set(s.name, row.id);
  }
  for (const [sort, m] of doc.materials.entries()) {
    await tx.materialRequirement.create({
      data: {
        versionId,
        sort,
        name: m.name,
        form: m.form,
        copies: m.copies,
        required: m.required,
        note: m.note,
        certificateType: m.certificateType,
        situations: { connect: m.situations.flatMap((name) => (situationIds.has(name) ? [{ id: situationIds.get(name)! }] : [])) },
      },
    });
  }
  if (doc.steps.length) await tx.processStep.createMany({ data: doc.steps.map((s, sort) => ({ versionId, sort, name: s.name, limitDays: s.limitDays })) });
  for (const [i, s] of doc.stages.entries()) {
    await tx.routeStage.create({
      data: {
        versionId,
        sort: i + 1,
        name: s.name,
        limitDays: s.limitDays,
        departments: { create: s.departmentCodes.map((c) => ({ departmentId: ids.get(c)! })) },
      },
    });
  }
  return versionId;
}
