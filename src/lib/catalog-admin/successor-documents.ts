import type { ItemVersionDocument } from './schemas';

type Identity = { basicCode: string; implementationCode: string; name: string };

const union = (lists: string[][]) => [...new Set(lists.flat())];

function uniqueBy<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(key(row)) && seen.add(key(row)));
}

/**
 * The guide of the item several merge into. The first document is the base
 * (department, limits, process, fee, result); what an applicant may need under
 * any of the old items (situations, materials, form fields, legal basis, conditions) is
 * kept from all of them, so nobody loses a way to apply. The admin refines
 * the rest afterwards with a new draft.
 */
export function mergedDocument(docs: ItemVersionDocument[], identity: Identity): ItemVersionDocument {
  const [base] = docs;
  if (!base) throw new Error('mergedDocument needs at least one document');
  return {
    ...base,
    ...identity,
    legalBasis: union(docs.map((d) => d.legalBasis)),
    acceptConditions: union(docs.map((d) => d.acceptConditions)),
    coHandling: union(docs.map((d) => d.coHandling)),
    keywords: union([...docs.map((d) => d.keywords), docs.map((d) => d.name)]),
    lifeEvents: union(docs.map((d) => d.lifeEvents)),
    situations: uniqueBy(
      docs.flatMap((d) => d.situations),
      (s) => s.name,
    ),
    materials: uniqueBy(
      docs.flatMap((d) => d.materials),
      (m) => m.name,
    ),
    formFields: uniqueBy(
      docs.flatMap((d) => d.formFields),
      (f) => f.key,
    ),
  };
}

/**
 * One part of a split item: the original guide narrowed to the situations the
 * part keeps. Materials asked only in situations the part does not keep are
 * dropped; those asked in every case stay.
 */
export function partDocument(doc: ItemVersionDocument, part: Identity & { situations: string[] }): ItemVersionDocument {
  const keep = new Set(part.situations);
  return {
    ...doc,
    basicCode: part.basicCode,
    implementationCode: part.implementationCode,
    name: part.name,
    situations: doc.situations.filter((s) => keep.has(s.name)),
    materials: doc.materials
      .filter((m) => m.situations.length === 0 || m.situations.some((s) => keep.has(s)))
      .map((m) => ({ ...m, situations: m.situations.filter((s) => keep.has(s)) })),
    keywords: union([doc.keywords, [doc.name]]),
  };
}
