// Supervision benchmark (not a test): loads 1,000,000 applications with their
// department tasks, audit events, corrections, suspensions, extensions and
// ratings into the benchmark database, then reports server-side p50/p95 of the
// supervisor's board, statistics for a month and a year, a department inbox
// and a case page, and the app server's peak memory while it serves them.
//
//   npm run bench:supervision
//   (= TEST_PG_PORT=54413 node scripts/with-db.mjs --test node --conditions=react-server --import tsx scripts/bench-supervision.ts)
//
// It empties its database first. BENCH_APPLICATIONS=n changes the size,
// BENCH_RUNS=n the samples per case, BENCH_REUSE=1 keeps an earlier load,
// BENCH_SERVER=0 skips the app server (memory) part, BENCH_DIST_DIR names a
// built app (`NEXT_DIST_DIR=<dir> npx next build`; default .next) and
// BENCH_PORT its port (3203).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedDemoData } from '../prisma/seed';
import type { Actor } from '../src/lib/auth/actor';
import { getApplication } from '../src/lib/applications/get-application';
import { addCalendarDays, shanghaiDate } from '../src/lib/clock/calendar';
import { db } from '../src/lib/db';
import { listDepartmentTasks } from '../src/lib/routing/list-department-tasks';
import { getCaseClock } from '../src/lib/supervision/get-case-clock';
import { getStatistics } from '../src/lib/supervision/get-statistics';
import { listSupervisionBoard } from '../src/lib/supervision/list-supervision-board';
import { rollUpStatistics } from '../src/lib/supervision/roll-up-statistics';
import { truncateAll } from '../tests/support/truncate';

const TARGET = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BATCH = 100_000;
const DAYS = 730;

const actorOf = (username: string): Promise<Actor> =>
  db.user.findUniqueOrThrow({ where: { username }, select: { id: true, name: true, role: true, departmentId: true, windowId: true } });

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function step(label: string, run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  console.log(`  ${label.padEnd(44)} ${seconds(started)}`);
}

async function load(now: Date) {
  await truncateAll(db);
  await seedDemoData(db, { quiet: true });
  const clerk = await db.user.findUniqueOrThrow({ where: { username: 'clerk' }, select: { passwordHash: true } });
  const ts = now.toISOString();
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_v, bench_staff, bench_rev`);
  // The published versions, the window staff (the demo's two plus 18 more across the windows) and
  // each department's reviewers (the demo's plus two more), numbered for picking by modulo.
  await db.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE bench_v AS
    SELECT (row_number() OVER (ORDER BY v.id)) - 1 AS idx, v.id, v."departmentId", v."handlingClass"::text AS hc,
           v."promisedLimitDays" AS promised, v."statutoryLimitDays" AS statutory
    FROM "ServiceItemVersion" v WHERE v.status = 'PUBLISHED'`);
  await db.$executeRawUnsafe(
    `
    INSERT INTO "User" (id, username, name, "passwordHash", role, "windowId")
    SELECT 'bench-clerk-' || n, 'bench.clerk' || n, '窗口人员' || lpad(n::text, 2, '0'), $1, 'CLERK',
           (SELECT id FROM "Window" ORDER BY code OFFSET (n % (SELECT count(*) FROM "Window")) LIMIT 1)
    FROM generate_series(1, 18) n`,
    clerk.passwordHash,
  );
  await db.$executeRawUnsafe(
    `
    INSERT INTO "User" (id, username, name, "passwordHash", role, "departmentId")
    SELECT 'bench-rev-' || d.code || '-' || n, 'bench.rev.' || d.code || '.' || n, '审查人员' || d.code || n, $1, 'REVIEWER', d.id
    FROM "Department" d, generate_series(1, 2) n`,
    clerk.passwordHash,
  );
  await db.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE bench_staff AS
    SELECT (row_number() OVER (ORDER BY id)) - 1 AS idx, id, "windowId" FROM "User"
    WHERE role IN ('CLERK', 'WINDOW_LEAD') AND "windowId" IS NOT NULL`);
  await db.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE bench_rev AS
    SELECT "departmentId", (row_number() OVER (PARTITION BY "departmentId" ORDER BY id)) - 1 AS idx, id,
           count(*) OVER (PARTITION BY "departmentId") AS n
    FROM "User" WHERE role = 'REVIEWER' AND "departmentId" IS NOT NULL`);
  const [{ versions, staff }] = await db.$queryRawUnsafe<{ versions: number; staff: number }[]>(
    `SELECT (SELECT count(*)::int FROM bench_v) AS versions, (SELECT count(*)::int FROM bench_staff) AS staff`,
  );
  const [person, company] = await Promise.all([actorOf('zhangsan'), actorOf('qiye')]);

  for (let from = 1; from <= TARGET; from += BATCH) {
    const to = Math.min(TARGET, from + BATCH - 1);
    const started = performance.now();
    // One row per case with its random draws; everything below is derived from it.
    await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_batch`);
    await db.$executeRawUnsafe(`
      CREATE UNLOGGED TABLE bench_batch AS
      WITH draw AS (
        SELECT g, (g * 7919) % ${versions} AS vi, (g * 104729) % ${staff} AS si,
               -- ages skewed towards the present: more cases lately, as a growing center has
               (${DAYS} * power(random(), 1.3)) AS age, random() AS r1, random() AS r2, random() AS r3, random() AS r4
        FROM generate_series(${from}::bigint, ${to}::bigint) g
      ), timed AS (
        SELECT d.*, v.id AS version_id, v."departmentId" AS department_id, v.hc, v.promised, v.statutory,
               s.id AS staff_id, s."windowId" AS window_id,
               -- a weekday between 09:00 and 17:00 Shanghai (01:00-09:00 UTC)
               date_trunc('day', '${ts}'::timestamp - d.age * interval '1 day') + interval '1 hour' + d.r1 * interval '8 hours' AS t0
        FROM draw d JOIN bench_v v ON v.idx = d.vi JOIN bench_staff s ON s.idx = d.si
      ), accepted AS (
        SELECT t.*,
               CASE WHEN extract(isodow FROM t0) > 5 THEN t0 - (extract(isodow FROM t0) - 5) * interval '1 day' ELSE t0 END AS accepted_at
        FROM timed t
      )
      SELECT a.*,
             a.accepted_at + (a.promised * 1.4 + 0.3) * interval '1 day' AS promised_due,
             CASE WHEN a.statutory IS NULL THEN NULL ELSE a.accepted_at + (a.statutory * 1.4 + 0.3) * interval '1 day' END AS statutory_due,
             -- most cases finish within the promise, one in eight runs past it, a few hang on for weeks
             a.accepted_at + (CASE WHEN a.r2 < 0.87 THEN a.r3 * (a.promised * 1.4 + 0.3)
                                   WHEN a.r2 < 0.995 THEN (a.promised * 1.4 + 0.3) * (1 + a.r3)
                                   ELSE (a.promised * 1.4 + 0.3) + 60 * a.r3 END) * interval '1 day' AS done_at,
             CASE WHEN a.g % 50 = 0 AND a.age < 5 THEN 'SUBMITTED' WHEN a.g % 97 = 0 THEN 'REJECTED' ELSE 'OK' END AS kind
      FROM accepted a`);
    await db.$executeRawUnsafe(
      `
      INSERT INTO "Application" (id, "receiptNumber", "checkCode", "versionId", "applicantId", "applicantKind", "applicantName",
        "applicantIdNo", "contactName", "contactPhone", "situationIds", channel, "windowId", status, "submittedAt", "intakeDueAt",
        "acceptedAt", "acceptedById", "promisedDueAt", "statutoryDueAt", warning, decision, "decidedAt", "deliveredAt", "closedReason",
        "createdAt", "updatedAt")
      SELECT 'bench-a-' || g,
             CASE WHEN kind = 'OK' THEN 'BENCH' || lpad(g::text, 8, '0') END,
             lpad((g % 1000000)::text, 6, '0'), version_id,
             CASE WHEN g % 3 = 0 THEN $1 ELSE $2 END, (CASE WHEN g % 3 = 0 THEN 'COMPANY' ELSE 'PERSON' END)::"ApplicantKind",
             CASE WHEN g % 3 = 0 THEN '示范县云帆科技有限公司' ELSE '张三' END, '110101199001011234', '张三', '13800000000', '{}',
             (CASE WHEN r4 < 0.6 THEN 'ONLINE' ELSE 'WINDOW' END)::"Channel",
             CASE WHEN r4 < 0.6 AND kind = 'SUBMITTED' THEN NULL ELSE window_id END,
             (CASE WHEN kind <> 'OK' THEN kind
                   WHEN done_at <= '${ts}' THEN (CASE WHEN done_at < '${ts}'::timestamp - interval '3 days' THEN 'DELIVERED' ELSE 'DECIDED' END)
                   WHEN g % 13 = 0 THEN 'SUSPENDED' WHEN g % 5 = 0 THEN 'ACCEPTED' ELSE 'IN_REVIEW' END)::"ApplicationStatus",
             accepted_at - interval '1 day', accepted_at + interval '6 days',
             CASE WHEN kind = 'OK' THEN accepted_at END, CASE WHEN kind = 'OK' THEN staff_id END,
             CASE WHEN kind = 'OK' THEN promised_due END, CASE WHEN kind = 'OK' THEN statutory_due END,
             (CASE WHEN kind = 'SUBMITTED' AND accepted_at + interval '6 days' < '${ts}' THEN 'RED'
                   WHEN kind <> 'OK' OR done_at <= '${ts}' THEN 'GREEN'
                   WHEN promised_due < '${ts}' THEN 'RED'
                   WHEN promised_due < '${ts}'::timestamp + interval '1.5 days' THEN 'YELLOW' ELSE 'GREEN' END)::"Warning",
             (CASE WHEN kind = 'OK' AND done_at <= '${ts}' THEN (CASE WHEN g % 23 = 0 THEN 'DENIED' ELSE 'APPROVED' END) END)::"Decision",
             CASE WHEN kind = 'OK' AND done_at <= '${ts}' THEN done_at END,
             CASE WHEN kind = 'OK' AND done_at < '${ts}'::timestamp - interval '3 days' THEN done_at + interval '2 days' END,
             CASE WHEN kind = 'REJECTED' THEN '不属于受理范围' END,
             accepted_at - interval '1 day', '${ts}'
      FROM bench_batch`,
      company.id,
      person.id,
    );
    // The department's own step; every seventh case (and every joint one) also a second department's.
    await db.$executeRawUnsafe(`
      INSERT INTO "DepartmentTask" (id, "applicationId", "stageSort", "stageName", "departmentId", status, "assigneeId",
        "limitDays", "openedAt", "dueAt", warning, opinion, "decidedAt")
      SELECT 'bench-t-' || b.g || '-' || k, 'bench-a-' || b.g, 1, CASE WHEN k = 1 THEN '审查' ELSE '联合审查' END, dept,
             (CASE WHEN b.done_at <= '${ts}' THEN (CASE WHEN b.g % 23 = 0 THEN 'DENIED' ELSE 'APPROVED' END) ELSE 'OPEN' END)::"TaskStatus",
             CASE WHEN b.g % 2 = 0 THEN (SELECT r.id FROM bench_rev r WHERE r."departmentId" = dept AND r.idx = b.g % r.n) END,
             b.promised, b.accepted_at, b.promised_due - interval '2 hours',
             (CASE WHEN b.done_at <= '${ts}' THEN 'GREEN' WHEN b.promised_due - interval '2 hours' < '${ts}' THEN 'RED'
                   WHEN b.promised_due < '${ts}'::timestamp + interval '1.5 days' THEN 'YELLOW' ELSE 'GREEN' END)::"Warning",
             CASE WHEN b.done_at <= '${ts}' THEN '符合条件。' END, CASE WHEN b.done_at <= '${ts}' THEN b.done_at - interval '1 hour' END
      FROM bench_batch b
      CROSS JOIN LATERAL (VALUES (1, b.department_id),
        (2, CASE WHEN b.hc = 'JOINT' OR b.g % 7 = 0 THEN (SELECT v."departmentId" FROM bench_v v WHERE v.idx = (b.vi + 11) % ${versions}) END)) AS s(k, dept)
      WHERE b.kind = 'OK' AND dept IS NOT NULL AND (k = 1 OR dept <> b.department_id)`);
    // The audit trail: submitted, accepted, the step opened, decided.
    await db.$executeRawUnsafe(
      `
      INSERT INTO "AuditEvent" (at, "actorId", "actorRole", entity, "entityId", action, "fromStatus", "toStatus", "applicationId")
      SELECT e.at, e.actor, e.role::"Role", e.entity, e.entity_id, e.action, e.from_s, e.to_s, 'bench-a-' || b.g
      FROM bench_batch b CROSS JOIN LATERAL (VALUES
        (b.accepted_at - interval '1 day', CASE WHEN b.g % 3 = 0 THEN $1 ELSE $2 END, 'APPLICANT', 'Application', 'bench-a-' || b.g, 'submit', 'DRAFT', 'SUBMITTED', true),
        (b.accepted_at, b.staff_id, 'CLERK', 'Application', 'bench-a-' || b.g, CASE WHEN b.kind = 'REJECTED' THEN 'reject' ELSE 'accept' END,
          'SUBMITTED', CASE WHEN b.kind = 'REJECTED' THEN 'REJECTED' ELSE 'ACCEPTED' END, b.kind <> 'SUBMITTED'),
        (b.accepted_at + interval '1 minute', NULL, NULL, 'DepartmentTask', 'bench-t-' || b.g || '-1', 'open-stage', 'WAITING', 'OPEN', b.kind = 'OK'),
        (b.done_at, NULL, 'REVIEWER', 'DepartmentTask', 'bench-t-' || b.g || '-1', 'decide', 'OPEN', 'APPROVED', b.kind = 'OK' AND b.done_at <= '${ts}')
      ) AS e(at, actor, role, entity, entity_id, action, from_s, to_s, keep)
      WHERE e.keep`,
      company.id,
      person.id,
    );
    await db.$executeRawUnsafe(`
      INSERT INTO "CorrectionNotice" (id, "applicationId", items, "issuedById", "issuedAt", "answeredAt")
      SELECT 'bench-c-' || g, 'bench-a-' || g, '[]', staff_id, accepted_at - interval '3 days', accepted_at - interval '1 day'
      FROM bench_batch WHERE r4 > 0.9`);
    await db.$executeRawUnsafe(`
      INSERT INTO "Suspension" (id, "applicationId", "taskId", kind, reason, "startedAt", "expectedEndAt", "endedAt", "startedById")
      SELECT 'bench-s-' || g, 'bench-a-' || g, 'bench-t-' || g || '-1', 'TESTING', '检验检测', accepted_at + interval '1 day',
             accepted_at + interval '3 days', CASE WHEN done_at <= '${ts}' THEN accepted_at + interval '3 days' END, staff_id
      FROM bench_batch WHERE kind = 'OK' AND g % 31 = 0`);
    await db.$executeRawUnsafe(`
      INSERT INTO "Extension" (id, "applicationId", days, reason, status, "requestedById", "requestedAt", "decidedById", "decidedAt")
      SELECT 'bench-x-' || g, 'bench-a-' || g, 5, '情况复杂', 'APPROVED', staff_id, accepted_at + interval '2 days', staff_id, accepted_at + interval '2 days'
      FROM bench_batch WHERE kind = 'OK' AND g % 67 = 0`);
    await db.$executeRawUnsafe(
      `
      INSERT INTO "Evaluation" (id, "applicationId", occasion, "raterId", channel, overall, scores, "createdAt")
      SELECT 'bench-e-' || g, 'bench-a-' || g, 'CONCLUSION', CASE WHEN g % 3 = 0 THEN $1 ELSE $2 END, 'ONLINE',
             CASE WHEN r1 < 0.7 THEN 5 WHEN r1 < 0.85 THEN 4 WHEN r1 < 0.95 THEN 3 ELSE 1 + (g % 2) END, '{}', done_at + interval '1 day'
      FROM bench_batch WHERE kind = 'OK' AND done_at + interval '1 day' <= '${ts}' AND r3 < 0.3`,
      company.id,
      person.id,
    );
    console.log(`  applications ${String(to).padStart(8)} ${seconds(started)}`);
  }
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_batch, bench_v, bench_staff, bench_rev`);
  await step('ANALYZE', () => db.$executeRawUnsafe('ANALYZE'));
  await step('statistics rollup (every past day)', () => rollUpStatistics(now));
}

async function counts() {
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(`
    SELECT (SELECT count(*)::int FROM "Application") AS applications, (SELECT count(*)::int FROM "DepartmentTask") AS tasks,
           (SELECT count(*)::int FROM "AuditEvent") AS "auditEvents", (SELECT count(*)::int FROM "CorrectionNotice") AS corrections,
           (SELECT count(*)::int FROM "Suspension") AS suspensions, (SELECT count(*)::int FROM "Extension") AS extensions,
           (SELECT count(*)::int FROM "Evaluation") AS ratings, (SELECT count(*)::int FROM "StatDaily") AS "rollupRows",
           (SELECT count(*)::int FROM "Application" WHERE status IN ('ACCEPTED', 'IN_REVIEW', 'SUSPENDED')) AS "openCases",
           (SELECT count(*)::int FROM "Application" WHERE status IN ('ACCEPTED', 'IN_REVIEW', 'SUSPENDED') AND "promisedDueAt" < now()) AS "redCases"`);
  return row!;
}

function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const results: { label: string; n: number; p50: number; p95: number; target: number }[] = [];

async function measure(label: string, target: number, run: () => Promise<unknown>) {
  await run(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const row = { label, n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), target };
  results.push(row);
  console.log(`${label.padEnd(40)} p50 ${row.p50.toFixed(1).padStart(7)} ms  p95 ${row.p95.toFixed(1).padStart(7)} ms  (target ${target} ms)`);
}

/** Peak RSS of `next start` on the benchmark database while it serves the board, statistics and inbox pages. */
async function serverMemory(today: string) {
  const distDir = process.env.BENCH_DIST_DIR ?? '.next';
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log(`server: no build in ${distDir} (NEXT_DIST_DIR=${distDir} npx next build); skipped`);
    return null;
  }
  const port = Number(process.env.BENCH_PORT ?? 3203);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? `bench-${randomUUID()}`,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr.on('data', (d: Buffer) => process.stderr.write(`[next] ${d}`));
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/auth/csrf`)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 120) throw new Error('next start did not answer within 60 s');
      await new Promise((r) => setTimeout(r, 500));
    }
    // `next start` runs the server in a child process of the CLI: read the one listening.
    const pids = [server.pid!, ...descendants(server.pid!)];
    const signIn = async (login: string) => {
      const csrf = await fetch(`${base}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const jar = cookiesOf(csrf);
      const res = await fetch(`${base}/api/auth/callback/credentials`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
        body: new URLSearchParams({ csrfToken, login, password: 'Demo@2026', json: 'true' }),
      });
      const cookie = `${jar}; ${cookiesOf(res)}`;
      if (!cookie.includes('session-token')) throw new Error(`sign-in of ${login} failed (${res.status})`);
      return cookie;
    };
    const supervisor = await signIn('supervisor');
    const reviewer = await signIn('reviewer.scj');
    const month = `from=${addCalendarDays(today, -29)}&to=${today}`;
    const year = `from=${addCalendarDays(today, -364)}&to=${today}`;
    const pages: [string, string][] = [
      ['/oversee', supervisor],
      ['/oversee?level=RED', supervisor],
      [`/oversee/statistics?${month}&by=department`, supervisor],
      [`/oversee/statistics?${year}&by=item`, supervisor],
      [`/oversee/statistics?${year}&by=staff`, supervisor],
      ['/review', reviewer],
    ];
    const rounds = Number(process.env.BENCH_SERVER_ROUNDS ?? 20);
    let requests = 0;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) {
      // Four at a time, as a handful of supervisors and reviewers would.
      await Promise.all(
        [0, 1, 2, 3].map(async (k) => {
          for (const [url, cookie] of pages.slice(k).concat(pages.slice(0, k))) {
            const res = await fetch(`${base}${url}`, { headers: { cookie }, redirect: 'manual' });
            await res.arrayBuffer();
            if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
            requests++;
          }
        }),
      );
    }
    const peak = Math.max(...pids.map(vmHWM));
    console.log(`server: ${requests} page requests in ${seconds(started)}, peak RSS ${(peak / 1024).toFixed(0)} MB (target 600 MB)`);
    return { requests, peakMb: peak / 1024 };
  } finally {
    server.kill('SIGTERM');
  }
}

function cookiesOf(res: Response) {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

function descendants(pid: number): number[] {
  const children = fs.existsSync(`/proc/${pid}/task/${pid}/children`)
    ? fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    : [];
  return children.flatMap((c) => [c, ...descendants(c)]);
}

/** VmHWM (peak resident set) of a process, in kB. */
function vmHWM(pid: number): number {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const now = new Date();
const started = performance.now();
const reuse = process.env.BENCH_REUSE && (await db.application.count({ where: { id: { startsWith: 'bench-a-' } } })) >= TARGET;
if (reuse) {
  console.log('reusing the earlier load (BENCH_REUSE=1)');
  await step('statistics rollup (days not yet rolled up)', () => rollUpStatistics(now));
} else {
  console.log(`loading ${TARGET.toLocaleString('en')} applications`);
  await load(now);
  console.log(`loaded in ${seconds(started)}`);
}
console.log(JSON.stringify(await counts()));

const [supervisor, reviewer] = await Promise.all([actorOf('supervisor'), actorOf('reviewer.scj')]);
const today = shanghaiDate(now);
// A busy department, an item with many cases and a case with a full trail.
const [{ departmentId, itemId }] = await db.$queryRawUnsafe<{ departmentId: string; itemId: string }[]>(`
  SELECT (SELECT v."departmentId" FROM "Application" a JOIN "ServiceItemVersion" v ON v.id = a."versionId"
          WHERE a.status IN ('ACCEPTED', 'IN_REVIEW', 'SUSPENDED') GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS "departmentId",
         (SELECT v."itemId" FROM "Application" a JOIN "ServiceItemVersion" v ON v.id = a."versionId"
          WHERE a.status IN ('ACCEPTED', 'IN_REVIEW', 'SUSPENDED') GROUP BY 1 ORDER BY count(*) DESC OFFSET 5 LIMIT 1) AS "itemId"`);
const caseIds = (
  await db.$queryRawUnsafe<{ id: string }[]>(
    `
    SELECT a.id FROM "Application" a JOIN "DepartmentTask" t ON t."applicationId" = a.id
    WHERE t."departmentId" = $1 AND a.id LIKE 'bench-a-%' AND a.id::text >= 'bench-a-5' ORDER BY a.id LIMIT 20`,
    reviewer.departmentId,
  )
).map((r) => r.id);
let k = 0;
const nextCase = () => caseIds[k++ % caseIds.length]!;

await measure('board, first page', 100, () => listSupervisionBoard(supervisor, { kind: 'case' }, now));
await measure('board, department', 100, () => listSupervisionBoard(supervisor, { kind: 'case', departmentId }, now));
await measure('board, red only', 100, () => listSupervisionBoard(supervisor, { kind: 'case', level: 'RED' }, now));
await measure('board, item', 100, () => listSupervisionBoard(supervisor, { kind: 'case', itemId }, now));
await measure('board, steps, first page', 100, () => listSupervisionBoard(supervisor, { kind: 'step' }, now));
await measure('board, steps, department + red', 100, () => listSupervisionBoard(supervisor, { kind: 'step', departmentId, level: 'RED' }, now));
await measure('statistics, month (by department)', 300, () =>
  getStatistics(supervisor, { from: addCalendarDays(today, -29), to: today, by: 'department' }, now),
);
await measure('statistics, year (by department)', 300, () =>
  getStatistics(supervisor, { from: addCalendarDays(today, -364), to: today, by: 'department' }, now),
);
await measure('statistics, year (by item)', 300, () => getStatistics(supervisor, { from: addCalendarDays(today, -364), to: today, by: 'item' }, now));
await measure('statistics, year (by staff)', 300, () => getStatistics(supervisor, { from: addCalendarDays(today, -364), to: today, by: 'staff' }, now));
await measure('inbox (reviewer, open)', 50, () => listDepartmentTasks(reviewer, {}, now));
await measure('inbox (reviewer, mine)', 50, () => listDepartmentTasks(reviewer, { status: 'MINE' }, now));
await measure('case page (reviewer)', 50, () => getApplication(reviewer, nextCase()));
await measure('case page + clock (supervisor)', 50, () =>
  Promise.all([getApplication(supervisor, caseIds[k % caseIds.length]!), getCaseClock(supervisor, nextCase(), now)]),
);

const memory = process.env.BENCH_SERVER === '0' ? null : await serverMemory(today);
const [load1] = fs.readFileSync('/proc/loadavg', 'utf8').split(' ');
console.log(`\nload average during the run: ${load1} (${process.env.BENCH_RUNS ?? 30} samples per case)`);
console.log('| Case | n | p50 | p95 | Target p95 |\n| --- | --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.label} | ${r.n} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.target} ms |`);
if (memory) console.log(`| app server peak RSS (${memory.requests} page requests) | | | ${memory.peakMb.toFixed(0)} MB | 600 MB |`);
await db.$disconnect();
