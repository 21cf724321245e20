// Prisma CPU benchmark (not a test): CPU time per call of a few typical queries,
// run serially after a warm-up, against the TEST database (seeded if empty).
//
//   TEST_PG_PORT=5434N node scripts/with-db.mjs --test node --conditions=react-server --import tsx scripts/bench-prisma-cpu.ts
//
// BENCH_CALLS=n changes the calls per query (2,000).
import { seedDemoData } from '../prisma/seed';
import { db } from '../src/lib/db';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);

if ((await db.user.count()) === 0) await seedDemoData(db as never, { quiet: true });
if ((await db.application.count()) === 0) {
  // Ten submitted cases of one applicant, each with two department tasks: a list page's shape.
  const applicant = await db.user.findFirstOrThrow({ where: { username: 'zhangsan' } });
  const version = await db.serviceItemVersion.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
  const department = await db.department.findFirstOrThrow();
  for (let i = 0; i < 10; i++) {
    await db.application.create({
      data: {
        checkCode: `B${i}`,
        versionId: version.id,
        applicantId: applicant.id,
        applicantKind: 'PERSON',
        applicantName: '张三',
        applicantIdNo: '110101199003070011',
        contactName: '张三',
        contactPhone: '13800000000',
        channel: 'ONLINE',
        status: 'SUBMITTED',
        tasks: {
          create: [1, 2].map((stageSort) => ({ stageSort, stageName: `第${stageSort}步`, departmentId: department.id, status: 'WAITING', limitDays: 5 })),
        },
      },
    });
  }
}
const application = await db.application.findFirstOrThrow({ select: { id: true, applicantId: true } });

const queries: [string, () => Promise<unknown>][] = [
  ['findUnique by id', () => db.application.findUnique({ where: { id: application.id } })],
  [
    'findMany, include 2 relations',
    () => db.application.findMany({ where: { applicantId: application.applicantId }, include: { version: true, tasks: true }, take: 20 }),
  ],
  ['count', () => db.application.count({ where: { applicantId: application.applicantId, status: { not: 'DRAFT' } } })],
  ['$queryRaw same row', () => db.$queryRaw`SELECT * FROM "Application" WHERE id = ${application.id}`],
];

for (const [name, run] of queries) {
  for (let i = 0; i < 200; i++) await run();
  const start = process.cpuUsage();
  const wall = performance.now();
  for (let i = 0; i < CALLS; i++) await run();
  const cpu = process.cpuUsage(start);
  const ms = (cpu.user + cpu.system) / 1000 / CALLS;
  console.log(`${name.padEnd(32)} ${ms.toFixed(3)} ms CPU/call   ${((performance.now() - wall) / CALLS).toFixed(3)} ms wall/call`);
}
await db.$disconnect();
