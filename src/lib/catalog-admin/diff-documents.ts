import type { ItemVersionDocument } from './schemas';

export type FieldChange =
  | { kind: 'field'; field: string; before: unknown; after: unknown }
  | { kind: 'added' | 'removed'; field: 'situations' | 'materials' | 'steps' | 'stages'; name: string }
  | { kind: 'changed'; field: 'situations' | 'materials' | 'steps' | 'stages'; name: string; changes: { field: string; before: unknown; after: unknown }[] };

const listed = ['situations', 'materials', 'steps', 'stages'] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Field-by-field difference of two versions. Rows of the lists (materials,
 * situations, steps, stages) are matched by name, so a renamed material shows
 * as one removed and one added.
 */
export function diffDocuments(before: ItemVersionDocument, after: ItemVersionDocument): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after) as (keyof ItemVersionDocument)[]) {
    if ((listed as readonly string[]).includes(field)) continue;
    if (!same(before[field], after[field])) changes.push({ kind: 'field', field, before: before[field], after: after[field] });
  }
  for (const field of listed) {
    const old = new Map((before[field] as { name: string }[]).map((r) => [r.name, r as Record<string, unknown>]));
    const now = new Map((after[field] as { name: string }[]).map((r) => [r.name, r as Record<string, unknown>]));
    for (const [name] of old) if (!now.has(name)) changes.push({ kind: 'removed', field, name });
    for (const [name, row] of now) {
      const was = old.get(name);
      if (!was) {
        changes.push({ kind: 'added', field, name });
        continue;
      }
      const rowChanges = Object.keys(row)
        .filter((k) => !same(was[k], row[k]))
        .map((k) => ({ field: k, before: was[k], after: row[k] }));
      if (rowChanges.length) changes.push({ kind: 'changed', field, name, changes: rowChanges });
    }
  }
  return changes;
}
