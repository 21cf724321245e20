// Catalog benchmark (not a test): loads 10,000 published item versions of
// realistic shape into the TEST database, then reports server-side p50/p95 of
// the public search and of the guide page's query.
//
//   npm run bench:catalog
//   (= node scripts/with-db.mjs --test node --conditions=react-server --import tsx scripts/bench-catalog.ts)
//
// It empties the test database first (the test runs reseed it anyway).
// BENCH_VERSIONS=n changes the size; BENCH_RUNS=n the samples per case;
// BENCH_REUSE=1 keeps the versions an earlier run loaded.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { seedDemoData } from '../prisma/seed';
import type { Prisma } from '../src/generated/prisma/client';
import { getServiceGuide } from '../src/lib/catalog/get-service-guide';
import type { CatalogSearch } from '../src/lib/catalog/schemas';
import { searchServiceItems } from '../src/lib/catalog/search-service-items';
import { searchTextOf } from '../src/lib/catalog/search-text';
import { db } from '../src/lib/db';
import { truncateAll } from '../tests/support/truncate';

const TARGET = Number(process.env.BENCH_VERSIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

// The variants real catalogs carry of one item: 新办/变更/延续/注销/补证 and the like.
const VARIANTS = [
  '（变更）',
  '（延续）',
  '（注销）',
  '（补证）',
  '（换证）',
  '（迁移）',
  '（分支机构）',
  '（个人）',
  '（企业）',
  '（跨省通办）',
  '（告知承诺）',
  '（容缺受理）',
];
const TOWNS = ['城关镇', '新华镇', '永安镇', '龙泉乡', '白鹤乡', '青石镇', '金山镇', '柳树乡'];

async function load() {
  await truncateAll(db);
  await seedDemoData(db, { quiet: true });
  const base = await db.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED' },
    include: { item: true, department: true, materials: { include: { situations: true } }, situations: true, steps: true },
  });
  const departments = await db.department.findMany({ select: { id: true, name: true } });
  const items: Prisma.ServiceItemCreateManyInput[] = [];
  const versions: Prisma.ServiceItemVersionCreateManyInput[] = [];
  const materials: Prisma.MaterialRequirementCreateManyInput[] = [];
  const situations: Prisma.SituationCreateManyInput[] = [];
  const links: { A: string; B: string }[] = [];
  const steps: Prisma.ProcessStepCreateManyInput[] = [];
  for (let n = base.length; n < TARGET; n++) {
    const src = base[n % base.length]!;
    const k = Math.floor(n / base.length);
    const variant = VARIANTS[k % VARIANTS.length]!;
    const town = k >= VARIANTS.length ? TOWNS[k % TOWNS.length]! : '';
    const name = `${town}${src.name.replace(/（[^）]*）$/, '')}${variant}`;
    const department = k % 5 === 0 ? departments[n % departments.length]! : src.department;
    const itemId = randomUUID();
    const versionId = randomUUID();
    items.push({ id: itemId, basicCode: `${src.item.basicCode}-${String(k).padStart(3, '0')}`, name });
    const { id: _id, itemId: _itemId, item: _item, department: _dept, materials: ms, situations: ss, steps: st, createdAt: _c, formFields, ...fields } = src;
    const situationIds = new Map(ss.map((s) => [s.id, randomUUID()]));
    versions.push({
      ...fields,
      formFields: formFields ?? [],
      id: versionId,
      itemId,
      name,
      departmentId: department.id,
      implementationCode: `${src.implementationCode}-${k}`,
      onlineDepth: ((src.onlineDepth + k) % 4) + 1,
      legalBasis: fields.legalBasis,
      searchText: searchTextOf({ name, keywords: src.keywords, materials: ms.map((m) => m.name), departments: [department.name] }),
    });
    for (const s of ss) situations.push({ id: situationIds.get(s.id)!, versionId, sort: s.sort, name: s.name });
    for (const m of ms) {
      const { id: _mid, versionId: _v, situations: msit, ...mf } = m;
      const id = randomUUID();
      materials.push({ ...mf, id, versionId });
      for (const s of msit) links.push({ A: id, B: situationIds.get(s.id)! });
    }
    for (const s of st) steps.push({ id: randomUUID(), versionId, sort: s.sort, name: s.name, limitDays: s.limitDays });
  }
  const chunks = async <T>(rows: T[], insert: (rows: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 2000) await insert(rows.slice(i, i + 2000));
  };
  await chunks(items, (data) => db.serviceItem.createMany({ data }));
  await chunks(versions, (data) => db.serviceItemVersion.createMany({ data }));
  await chunks(situations, (data) => db.situation.createMany({ data }));
  await chunks(materials, (data) => db.materialRequirement.createMany({ data }));
  await chunks(steps, (data) => db.processStep.createMany({ data }));
  await chunks(links, async (rows) => {
    await db.$executeRaw`INSERT INTO "_SituationMaterials" ("A", "B") SELECT * FROM unnest(${rows.map((r) => r.A)}::text[], ${rows.map((r) => r.B)}::text[])`;
  });
  await db.$executeRawUnsafe('ANALYZE');
  return {
    versions: await db.serviceItemVersion.count(),
    materials: await db.materialRequirement.count(),
    codes: [...base.map((b) => b.item.basicCode), ...items.map((i) => i.basicCode)],
  };
}

function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(label: string, cases: (() => Promise<unknown>)[]) {
  for (const run of cases) await run(); // warm-up
  const samples: number[] = [];
  const perCase: number[][] = cases.map(() => []);
  for (let r = 0; r < RUNS; r++)
    for (const [i, run] of cases.entries()) {
      const start = performance.now();
      await run();
      const ms = performance.now() - start;
      samples.push(ms);
      perCase[i]!.push(ms);
    }
  const slowest = Math.max(...perCase.map((s) => percentile(s, 95)));
  console.log(
    `${label.padEnd(10)} n=${String(samples.length).padStart(5)}  p50 ${percentile(samples, 50).toFixed(1)} ms  p95 ${percentile(samples, 95).toFixed(1)} ms  (slowest case p95 ${slowest.toFixed(1)} ms)`,
  );
  return perCase;
}

async function reuse() {
  const items = await db.serviceItem.findMany({ select: { basicCode: true }, orderBy: { basicCode: 'asc' } });
  return { versions: await db.serviceItemVersion.count(), materials: await db.materialRequirement.count(), codes: items.map((i) => i.basicCode) };
}

const started = performance.now();
// BENCH_REUSE=1 measures again what an earlier run loaded (the search text must not have changed).
const loaded = process.env.BENCH_REUSE && (await db.serviceItemVersion.count()) >= TARGET ? await reuse() : await load();
console.log(`loaded ${loaded.versions} versions, ${loaded.materials} materials in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const SEARCHES: CatalogSearch[] = [
  { q: '食品经营' },
  { q: '户口' },
  { q: '营业执照' },
  { q: '公共场所卫生许可' },
  { q: '公场所卫生' },
  { q: 'hukou' },
  { q: 'shipinjingying' },
  { q: 'ggcs' },
  { q: 'jmsfz' },
  { q: '登记', type: 'CONFIRMATION' },
  { q: '许可', lifeEvent: '开店', onlineDepth: 3 },
  { q: 'xuke', level: 'COUNTY', handlingClass: 'PROMISED' },
  { lifeEvent: '开办企业' },
  { type: 'LICENSING', page: 20 },
  {},
];
const searchCases = SEARCHES.map((s) => () => searchServiceItems(s));
const perSearch = await measure('search', searchCases);
SEARCHES.forEach((s, i) => console.log(`  ${JSON.stringify(s).padEnd(60)} p95 ${percentile(perSearch[i]!, 95).toFixed(1)} ms`));

const codes = Array.from({ length: 20 }, (_, i) => loaded.codes[(i * 7919) % loaded.codes.length]!);
await measure(
  'guide',
  codes.map((code) => async () => {
    if (!(await getServiceGuide(code))) throw new Error(`no guide for ${code}`);
  }),
);
await db.$disconnect();
