import 'server-only';
import { cache } from 'react';
import { formFieldsOf } from './form-fields';
import { db } from '@/lib/db';

/**
 * The published guide (办事指南) of an item, by its basic code; null when there is none.
 *
 * Kept per process for as long as the catalog is unchanged: a guide is read by
 * every signed-in visitor (anonymous ones get the page cache), and its nested
 * read is most of the page's database work. Every change to what a guide shows
 * raises "CatalogRevision" in its own transaction (migration catalog_revision),
 * so one read of that row per request tells whether a kept guide is still
 * current, on every instance. A kept guide is frozen: callers share it.
 * Also cached per request: the page and its metadata both ask for it.
 */
export const getServiceGuide = cache(async function getServiceGuide(code: string) {
  const revision = await catalogRevision();
  if (revision === null) return readServiceGuide(code);
  const kept = guides.get(code);
  if (kept?.revision === revision) return kept.guide;
  if (guides.size >= MAX_GUIDES || [...guides.values()].some((g) => g.revision !== revision)) guides.clear();
  const guide = deepFreeze(await readServiceGuide(code));
  guides.set(code, { revision, guide });
  return guide;
});

const MAX_GUIDES = 2_000;
const guides = new Map<string, { revision: string; guide: Awaited<ReturnType<typeof readServiceGuide>> }>();

/** The catalog's revision, with the time of its last change: tests truncate the row, so the number alone may come round again. */
async function catalogRevision(): Promise<string | null> {
  const [row] = await db.$queryRaw<{ key: string }[]>`SELECT "revision"::text || '@' || "changedAt"::text AS key FROM "CatalogRevision" WHERE "id" = 1`;
  return row?.key ?? null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

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
