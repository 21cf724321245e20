import { z } from 'zod';

// Lists are paged by keyset, "<timestamp ISO>_<id>" of the last row of the
// previous page: a page deep in a long list costs the same as the first, and a
// row arriving meanwhile does not shift the next page (an offset would do both).
const KEYSET_CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([\w-]{1,40})$/;

/** The `after` search parameter of a paged list page; anything malformed means the first page. */
export const keysetPageSchema = z.object({
  after: z.string().max(80).regex(KEYSET_CURSOR).optional().catch(undefined),
});

export type KeysetPage = { after?: string; take?: number };

export function parseKeyset(after: string | undefined): { at: Date; id: string } | null {
  const m = after?.match(KEYSET_CURSOR);
  if (!m) return null;
  const at = new Date(m[1]);
  return Number.isNaN(at.getTime()) ? null : { at, id: m[2] };
}

/** The page of `take` rows out of `take + 1` fetched, and the cursor of the next page when there is one. */
export function keysetResult<T extends { id: string }>(rows: T[], take: number, at: (row: T) => Date | null): { rows: T[]; next: string | null } {
  const page = rows.slice(0, take);
  const last = page.at(-1);
  const lastAt = last ? at(last) : null;
  return { rows: page, next: rows.length > take && last && lastAt ? `${lastAt.toISOString()}_${last.id}` : null };
}

/**
 * The Prisma condition for the rows after `cursor` in a list ordered by
 * (`field`, id), newest first or oldest first; none without a cursor. The
 * bound on `field` alone lets PostgreSQL start its index scan at the cursor
 * (an OR of the two cases alone makes it read every row before the cursor);
 * the OR breaks ties by id. An AND of its own, so it adds to a `where` that
 * has its own conditions on `field` or its own OR.
 */
export function afterKeyset<Where>(field: string, cursor: { at: Date; id: string } | null, order: 'asc' | 'desc'): Where | Record<string, never> {
  if (!cursor) return {};
  const [bound, beyond] = order === 'desc' ? ['lte', 'lt'] : ['gte', 'gt'];
  return {
    AND: [{ [field]: { [bound]: cursor.at } }, { OR: [{ [field]: { [beyond]: cursor.at } }, { [field]: cursor.at, id: { [beyond]: cursor.id } }] }],
  } as Where;
}

/**
 * A page of a list already in memory (the statistics' rows): `size` rows from the offset `after`
 * (the search parameter, anything malformed or past the end meaning the first page), and the
 * offset of the next page when there is one. For KeysetPager, whose cursor it takes the place of.
 */
export function offsetPage<T>(rows: readonly T[], after: unknown, size: number): { rows: T[]; from: number; next: string | null } {
  const n = typeof after === 'string' && /^\d{1,6}$/.test(after) ? Number(after) : 0;
  const from = n < rows.length ? n : 0;
  return { rows: rows.slice(from, from + size), from, next: from + size < rows.length ? String(from + size) : null };
}
