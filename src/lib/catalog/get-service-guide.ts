import 'server-only';
import { cache } from 'react';
import { formFieldsOf } from './form-fields';
import { db } from '@/lib/db';
import { keptWhileCatalogUnchanged } from './kept-while-unchanged';

/**
 * The published guide (办事指南) of an item, by its basic code; null when there is none.
 * Kept while the catalog is unchanged (kept-while-unchanged.ts), and cached per
 * request: the page and its metadata both ask for it.
 */
export const getServiceGuide = cache(keptWhileCatalogUnchanged(readServiceGuide, (code) => code, 2_000));

async function readServiceGuide(code: string) {
  const version = await db.serviceItemVersion.findFirst({
    where: { item: { basicCode: code, status: 'ACTIVE' }, status: 'PUBLISHED' },
    orderBy: { version: 'desc' },
    select: {
      id: true,
      version: true,
      effectiveFrom: true,
      implementationCode: true,
      name: true,
      type: true,
      level: true,
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
      resultName: true,
      resultType: true,
      contactPhone: true,
      complaintPhone: true,
      keywords: true,
      lifeEvents: true,
      resultCertificate: true,
      formFields: true,
      item: { select: { basicCode: true } },
      department: { select: { code: true, name: true, region: { select: { name: true } } } },
      situations: { select: { id: true, name: true }, orderBy: { sort: 'asc' } },
      materials: {
        select: { id: true, name: true, form: true, copies: true, required: true, note: true, certificateType: true, situations: { select: { id: true } } },
        orderBy: { sort: 'asc' },
      },
      steps: { select: { name: true, limitDays: true }, orderBy: { sort: 'asc' } },
      stages: { select: { name: true, limitDays: true, departments: { select: { department: { select: { name: true } } } } }, orderBy: { sort: 'asc' } },
    },
  });
  if (!version) return null;
  const { item, department, stages, formFields, ...rest } = version;
  return {
    ...rest,
    formFields: formFieldsOf(formFields),
    code: item.basicCode,
    department: `${department.region.name}${department.name}`,
    departmentCode: department.code,
    stages: stages.map((s) => ({ name: s.name, limitDays: s.limitDays, departments: s.departments.map((d) => d.department.name) })),
  };
}
export type ServiceGuide = NonNullable<Awaited<ReturnType<typeof getServiceGuide>>>;
