import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { HANDLING_CLASSES, ITEM_TYPES, LEVELS } from '@/lib/enums';
import { catalogSearchSchema, type CatalogQuery, type CatalogSearch } from './schemas';
import { matchReasons, type MatchReason } from './match-reasons';
import { containsPattern, fuzzyPatterns, homophonePattern, queryWords } from './search-text';
import { keptWhileCatalogUnchanged } from './kept-while-unchanged';

type Row = {
  id: string;
  name: string;
  type: (typeof ITEM_TYPES)[number];
  level: (typeof LEVELS)[number];
  handlingClass: (typeof HANDLING_CLASSES)[number];
  promisedLimitDays: number;
  statutoryLimitDays: number | null;
  onlineDepth: number;
  lifeEvents: string[];
  code: string;
  department: string;
  departmentId: string;
  total: bigint;
};

/**
 * Public catalog search over the published versions: every word must match
 * (Chinese, full pinyin, pinyin initials, a homophone's pinyin or the start of
 * an implementation code), a Chinese word missing one character still matches,
 * exact matches on the name rank first, then on the result the item issues. One SQL statement so that 10,000 versions stay fast.
 */
export async function searchServiceItems(input: CatalogSearch, options: { explain?: boolean } = {}) {
  const query = catalogSearchSchema.parse(input);
  return keptSearch(query, options.explain ?? true);
}

// Kept while the catalog is unchanged (kept-while-unchanged.ts); the key is the validated query.
const keptSearch = keptWhileCatalogUnchanged(search, (query: CatalogQuery, explain: boolean) => JSON.stringify([query, explain]));

async function search(query: CatalogQuery, explain: boolean) {
  const words = queryWords(query.q);

  const filters: Prisma.Sql[] = [Prisma.sql`v.status = 'PUBLISHED'`, Prisma.sql`i.status = 'ACTIVE'`];
  if (query.department) filters.push(Prisma.sql`(d.id = ${query.department} OR d.code = ${query.department})`);
  if (query.type) filters.push(Prisma.sql`v.type::text = ${query.type}`);
  if (query.level) filters.push(Prisma.sql`v.level::text = ${query.level}`);
  if (query.handlingClass) filters.push(Prisma.sql`v."handlingClass"::text = ${query.handlingClass}`);
  if (query.onlineDepth) filters.push(Prisma.sql`v."onlineDepth" >= ${query.onlineDepth}`);
  if (query.lifeEvent) filters.push(Prisma.sql`${query.lifeEvent} = ANY(v."lifeEvents")`);

  const exactResult = await runSearch(query, filters, words, false, explain);
  // Tolerance for a missing character only when the words as typed find nothing:
  // typos then cannot crowd out exact matches, and common words stay fast.
  if (exactResult.total > 0 || !words.some((w) => fuzzyPatterns(w).length)) return exactResult;
  return runSearch(query, filters, words, true, explain);
}

async function runSearch(query: CatalogQuery, baseFilters: Prisma.Sql[], words: string[], tolerant: boolean, explain: boolean) {
  const filters = [...baseFilters];
  const ranks: Prisma.Sql[] = [];
  for (const word of words) {
    const exact = containsPattern(word);
    const fuzzy = tolerant ? fuzzyPatterns(word) : [];
    const homophone = homophonePattern(word);
    // Separate ORed LIKEs (not LIKE ANY): each one can use the trigram index.
    const matches = [exact, ...fuzzy, ...(homophone ? [homophone] : [])].map((pattern) => Prisma.sql`v."searchText" LIKE ${pattern}`);
    // Only a word that looks like a code is tried as one: an unindexed prefix match would force a full scan.
    if (/^[0-9a-z][0-9a-z-]*\d[0-9a-z-]*$/.test(word)) matches.push(Prisma.sql`lower(v."implementationCode") LIKE ${`${word}%`}`);
    filters.push(Prisma.sql`(${Prisma.join(matches, ' OR ')})`);
    // Name first, then what the item issues (营业执照 ranks 公司设立登记 above the
    // items that merely ask for one), then keywords, materials and departments;
    // homophones and missing characters last. Compared in the searchText's form (NFKC, lower case).
    ranks.push(Prisma.sql`(CASE
      WHEN lower(normalize(v.name, NFKC)) LIKE ${exact} THEN 8
      WHEN lower(normalize(v."resultName" || ' ' || coalesce(v."resultCertificate", ''), NFKC)) LIKE ${exact} THEN 4
      WHEN v."searchText" LIKE ${exact} THEN 2
      ELSE 0 END)`);
  }
  const order = ranks.length ? Prisma.sql`${Prisma.join(ranks, ' + ')} DESC,` : Prisma.empty;
  const offset = (query.page - 1) * query.pageSize;

  const rows = await db.$queryRaw<Row[]>`
    SELECT v.id, v.name, v.type::text AS type, v.level::text AS level, v."handlingClass"::text AS "handlingClass",
           v."promisedLimitDays", v."statutoryLimitDays", v."onlineDepth", v."lifeEvents",
           i."basicCode" AS code, d.name AS department, d.id AS "departmentId", count(*) OVER () AS total
    FROM "ServiceItemVersion" v
    JOIN "ServiceItem" i ON i.id = v."itemId"
    JOIN "Department" d ON d.id = v."departmentId"
    WHERE ${Prisma.join(filters, ' AND ')}
    ORDER BY ${order} i."basicCode" ASC, v.level ASC
    LIMIT ${query.pageSize} OFFSET ${offset}`;

  // Past the last page the window count is lost with the rows: count once more.
  let total = rows.length ? Number(rows[0]!.total) : 0;
  if (!rows.length && offset > 0) {
    const [counted] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "ServiceItemVersion" v
      JOIN "ServiceItem" i ON i.id = v."itemId" JOIN "Department" d ON d.id = v."departmentId"
      WHERE ${Prisma.join(filters, ' AND ')}`;
    total = Number(counted?.n ?? 0);
  }
  const reasons = explain ? await reasonsFor(rows, words) : new Map<string, MatchReason[]>();
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    // Found only by tolerating a missing or wrong character (or a homophone).
    tolerant,
    items: rows.map(({ total: _total, ...row }) => ({ ...row, reasons: reasons.get(row.id) ?? [] })),
  };
}

/** Why each row of the page matched: one small query over the page's versions (at most a page of rows), never over the catalog. */
async function reasonsFor(rows: Row[], words: string[]): Promise<Map<string, MatchReason[]>> {
  if (!rows.length || !words.length) return new Map();
  const details = await db.serviceItemVersion.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: { id: true, keywords: true, resultName: true, resultCertificate: true, implementationCode: true, materials: { select: { name: true } } },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  return new Map(
    rows.map((r) => {
      const d = byId.get(r.id);
      return [
        r.id,
        matchReasons(words, {
          name: r.name,
          result: [d?.resultName, d?.resultCertificate],
          keywords: d?.keywords ?? [],
          materials: d?.materials.map((m) => m.name) ?? [],
          departments: [r.department],
          code: d?.implementationCode ?? '',
        }),
      ];
    }),
  );
}

// Words of how one asks, not of what for: 护照办理 shared only 办理 with every 集成办理 bundle, which then came first.
const GENERIC_PIECES = new Set(['办理', '申请', '申报', '手续', '业务', '事项', '服务', '如何', '怎么']);

/**
 * Close items for a search that found nothing: the published items sharing the
 * most two-character pieces of the query (a Chinese query one or two
 * characters off, 护照办理 -> 普通护照签发), or, for letters, the closest pinyin
 * by trigram word similarity (pg_trgm). Pieces that are only how one asks
 * (办理, 申请) do not count. Run only for an empty result, so the search itself
 * stays as fast as it was.
 */
export const suggestServiceItems = keptWhileCatalogUnchanged(suggest, (q: string, take = 5) => `${take}|${q}`);

async function suggest(q: string, take = 5): Promise<{ name: string; code: string }[]> {
  const words = queryWords(q);
  const han = words.join('').replace(/[^\p{Script=Han}]/gu, '');
  const pieces = [...new Set([...han].slice(0, 12).flatMap((c, i, all) => (i + 1 < all.length ? [c + all[i + 1]!] : [])))]
    .filter((p) => !GENERIC_PIECES.has(p))
    .slice(0, 10);
  const latin = words.filter((w) => /^[a-z]{3,}$/.test(w)).join(' ');
  if (!pieces.length && !latin) return [];
  const scores: Prisma.Sql[] = pieces.map(
    (p) =>
      Prisma.sql`(CASE WHEN lower(normalize(v.name, NFKC)) LIKE ${containsPattern(p)} THEN 2 WHEN v."searchText" LIKE ${containsPattern(p)} THEN 1 ELSE 0 END)`,
  );
  if (latin)
    scores.push(Prisma.sql`(CASE WHEN word_similarity(${latin}, v."searchText") >= 0.5 THEN 4 * word_similarity(${latin}, v."searchText") ELSE 0 END)`);
  // Half the pieces at least (one for a short query): a single common piece (申请, 证明) is no suggestion.
  const threshold = Math.max(1, Math.ceil(pieces.length / 2));
  const rows = await db.$queryRaw<{ name: string; code: string; score: number }[]>`
    SELECT name, code, score FROM (
      SELECT DISTINCT ON (i."basicCode") v.name, i."basicCode" AS code, (${Prisma.join(scores, ' + ')})::float AS score
      FROM "ServiceItemVersion" v JOIN "ServiceItem" i ON i.id = v."itemId"
      WHERE v.status = 'PUBLISHED' AND i.status = 'ACTIVE'
      ORDER BY i."basicCode", score DESC
    ) s
    WHERE score >= ${latin && !pieces.length ? 2 : threshold}
    ORDER BY score DESC, code ASC
    LIMIT ${take}`;
  return rows.map(({ name, code }) => ({ name, code }));
}

export const listCatalogFacets = keptWhileCatalogUnchanged(readCatalogFacets, () => '');

async function readCatalogFacets() {
  const [departments, lifeEvents] = await Promise.all([
    db.department.findMany({
      where: { itemVersions: { some: { status: 'PUBLISHED' } } },
      select: { id: true, name: true, region: { select: { level: true } } },
      orderBy: { code: 'asc' },
    }),
    db.$queryRaw<{ event: string }[]>`
      SELECT DISTINCT unnest("lifeEvents") AS event FROM "ServiceItemVersion" WHERE status = 'PUBLISHED' ORDER BY 1`,
  ]);
  return { departments: departments.map((d) => ({ id: d.id, name: d.name, level: d.region.level })), lifeEvents: lifeEvents.map((e) => e.event) };
}
