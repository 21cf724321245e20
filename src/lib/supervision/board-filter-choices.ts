import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { BoardFilter } from './schemas';

/**
 * The board's department and item filters as a type-ahead: the supervisor types
 * part of a name and gets a few suggestions, instead of the page carrying every
 * department and item as an <option> (they weighed the board over 60 KB and grow
 * with the province; docs/performance.md, "The board").
 */
const FILTER_FIELDS = ['department', 'item'] as const;
type FilterField = (typeof FILTER_FIELDS)[number];
export type FilterChoice = { id: string; name: string };

const SUGGESTIONS = 8;

export const filterChoicesQuerySchema = z.object({
  field: z.enum(FILTER_FIELDS),
  q: z.string().trim().min(1).max(40),
});
export type FilterChoicesQuery = z.infer<typeof filterChoicesQuerySchema>;

/** A LIKE pattern that matches `text` anywhere, its wildcards taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/*
 * A department is named as the board names it elsewhere, region first (示范县公安局);
 * an item by its latest version's name, the one its guide shows today. The whole
 * name first, then names that start with the text, then the shorter ones: typing
 * 公安 puts 公安局 before 示范市公安局交通警察支队.
 */
function departments(where: Prisma.Sql, text: string, limit: number) {
  return db.$queryRaw<FilterChoice[]>`
    SELECT id, name FROM (
      SELECT d.id, r.name || d.name AS name, d.name AS own, r.code FROM "Department" d JOIN "Region" r ON r.id = d."regionId" WHERE ${where}
    ) found
    ORDER BY (own = ${text} OR name = ${text}) DESC, (own LIKE ${`${text}%`}) DESC, length(name), code, name LIMIT ${limit}`;
}

function items(where: Prisma.Sql, text: string, limit: number) {
  return db.$queryRaw<FilterChoice[]>`
    SELECT id, name FROM (
      SELECT i.id, latest.name FROM "ServiceItem" i
      JOIN LATERAL (SELECT v.name FROM "ServiceItemVersion" v WHERE v."itemId" = i.id ORDER BY v.version DESC LIMIT 1) latest ON true
      WHERE ${where}
    ) found
    ORDER BY (name = ${text}) DESC, (name LIKE ${`${text}%`}) DESC, length(name), name LIMIT ${limit}`;
}

function matching(field: FilterField, text: string, limit: number) {
  const pattern = containing(text);
  return field === 'department'
    ? departments(Prisma.sql`(r.name || d.name ILIKE ${pattern} OR d."shortName" ILIKE ${pattern})`, text, limit)
    : items(Prisma.sql`(latest.name ILIKE ${pattern} OR i.name ILIKE ${pattern})`, text, limit);
}

/** The suggestions for what the supervisor has typed so far. */
export async function suggestFilterChoices(actor: Actor, query: FilterChoicesQuery): Promise<FilterChoice[]> {
  assertRole(actor, ['SUPERVISOR']);
  return matching(query.field, query.q, SUGGESTIONS);
}

/** What a filter field shows: the chosen department or item, or the text typed and what it matched. */
export type FilterFieldState = { chosen: FilterChoice | null; text: string; matches: FilterChoice[]; more: boolean };

/**
 * Turns the department and item of the board's query into ids. A suggestion
 * picked in the browser sends its id; without JavaScript the form sends the name
 * typed (`department`, `item`), taken here when one department or item has that
 * name or is the only one containing it. When several contain it they are listed
 * for the supervisor to pick, and the field does not filter. No query at all when
 * neither field is set, which is the board's usual load.
 */
export async function resolveBoardFilter(
  actor: Actor,
  filter: BoardFilter,
): Promise<{ filter: BoardFilter; department: FilterFieldState; item: FilterFieldState }> {
  assertRole(actor, ['SUPERVISOR']);
  const [department, item] = await Promise.all([
    resolveField('department', filter.departmentId, filter.department),
    resolveField('item', filter.itemId, filter.item),
  ]);
  return {
    // The paging links carry the ids alone.
    filter: { ...filter, departmentId: department.id, itemId: item.id, department: undefined, item: undefined },
    department: department.state,
    item: item.state,
  };
}

async function resolveField(field: FilterField, id: string | undefined, text: string | undefined) {
  if (id) {
    const [chosen] = field === 'department' ? await departments(Prisma.sql`d.id = ${id}`, '', 1) : await items(Prisma.sql`i.id = ${id}`, '', 1);
    // The name shown unchanged (or not sent, as the type-ahead does) keeps the id; an edited name is looked up.
    if (!text || text === chosen?.name) return { id, state: { chosen: chosen ?? null, text: chosen?.name ?? '', matches: [], more: false } };
  }
  if (!text) return { id: undefined, state: { chosen: null, text: '', matches: [], more: false } };
  // One more than is listed, to say when there are more than the list shows.
  const found = await matching(field, text, SUGGESTIONS + 1);
  const exact = found.find((f) => f.name === text);
  const chosen = exact ?? (found.length === 1 ? found[0] : null);
  if (chosen) return { id: chosen.id, state: { chosen, text: chosen.name, matches: [], more: false } };
  return { id: undefined, state: { chosen: null, text, matches: found.slice(0, SUGGESTIONS), more: found.length > SUGGESTIONS } };
}
