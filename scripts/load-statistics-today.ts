// Adds cases to the demo data for measuring the supervisor statistics (not a
// test): STATS_TODAY (default 3,000) cases accepted over the last 20 days and
// concluded today, as many concluded over the past 30 days, each with its
// department step (half with a reviewer), a correction for one in ten, a
// suspension for one in thirty-one and a rating for three in ten; then the
// statistics rollup of the past days. Today's cases are what the page counts
// live (1,585 at 1,000,000 applications). See docs/performance.md,
// "Statistics from a one-minute cache".
//
//   node scripts/with-db.mjs --test sh -c 'npx tsx tests/support/reset-and-seed.ts && \
//     node --conditions=react-server --import tsx scripts/load-statistics-today.ts'
import { performance } from 'node:perf_hooks';
import { atShanghai, shanghaiDate } from '../src/lib/clock/calendar';
import { db } from '../src/lib/db';
import { rollUpStatistics } from '../src/lib/supervision/roll-up-statistics';

const TODAY = Number(process.env.STATS_TODAY ?? 3000);
const now = new Date();
const startOfToday = atShanghai(shanghaiDate(now), '00:00');
// Today's decisions between midnight and now, the past ones over 30 days before today.
const spanToday = Math.max(60, Math.floor((now.getTime() - startOfToday.getTime()) / 1000) - 60);

async function insert(prefix: string, count: number, decidedAt: string) {
  const [{ applicant }] = await db.$queryRaw<{ applicant: string }[]>`SELECT id AS applicant FROM "User" WHERE username = 'zhangsan'`;
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS load_batch`);
  await db.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE load_batch AS
    WITH v AS (SELECT (row_number() OVER (ORDER BY id)) - 1 AS idx, id, "departmentId", "promisedLimitDays" AS promised, "statutoryLimitDays" AS statutory
               FROM "ServiceItemVersion" WHERE status = 'PUBLISHED'),
         s AS (SELECT (row_number() OVER (ORDER BY id)) - 1 AS idx, id, "windowId" FROM "User" WHERE role IN ('CLERK', 'WINDOW_LEAD') AND "windowId" IS NOT NULL),
         r AS (SELECT "departmentId", min(id) AS id FROM "User" WHERE role = 'REVIEWER' GROUP BY 1),
         d AS (SELECT g, ${decidedAt} AS decided_at FROM generate_series(1, ${count}) g)
    SELECT d.g, d.decided_at, d.decided_at - (1 + g % 20) * interval '1 day' AS accepted_at, v.id AS version_id, v."departmentId" AS department_id,
           v.promised, v.statutory, s.id AS staff_id, s."windowId" AS window_id, r.id AS reviewer_id
    FROM d JOIN v ON v.idx = d.g % (SELECT count(*) FROM v) JOIN s ON s.idx = d.g % (SELECT count(*) FROM s)
    LEFT JOIN r ON r."departmentId" = v."departmentId"`);
  await db.$executeRawUnsafe(
    `
    INSERT INTO "Application" (id, "receiptNumber", "checkCode", "versionId", "applicantId", "applicantKind", "applicantName",
      "applicantIdNo", "contactName", "contactPhone", "situationIds", channel, "windowId", status, "submittedAt", "intakeDueAt",
      "acceptedAt", "acceptedById", "promisedDueAt", "statutoryDueAt", warning, decision, "decidedAt", "createdAt", "updatedAt")
    SELECT '${prefix}-a-' || g, '${prefix.toUpperCase()}' || lpad(g::text, 8, '0'), '000000', version_id, $1, 'PERSON', '张三',
           '110101199001011234', '张三', '13800000000', '{}', (CASE WHEN g % 5 < 3 THEN 'ONLINE' ELSE 'WINDOW' END)::"Channel", window_id,
           'DECIDED', accepted_at - interval '1 day', accepted_at + interval '6 days', accepted_at, staff_id,
           accepted_at + (promised * 1.4) * interval '1 day', CASE WHEN statutory IS NOT NULL THEN accepted_at + (statutory * 1.4) * interval '1 day' END,
           'GREEN', 'APPROVED', decided_at, accepted_at - interval '1 day', decided_at
    FROM load_batch`,
    applicant,
  );
  await db.$executeRawUnsafe(`
    INSERT INTO "DepartmentTask" (id, "applicationId", "stageSort", "stageName", "departmentId", status, "assigneeId", "limitDays", "openedAt", "dueAt", warning, opinion, "decidedAt")
    SELECT '${prefix}-t-' || g, '${prefix}-a-' || g, 1, '审查', department_id, 'APPROVED', CASE WHEN g % 2 = 0 THEN reviewer_id END, promised,
           accepted_at, accepted_at + (promised * 1.4) * interval '1 day', 'GREEN', '符合条件。', decided_at
    FROM load_batch`);
  await db.$executeRawUnsafe(`
    INSERT INTO "CorrectionNotice" (id, "applicationId", items, "issuedById", "issuedAt", "answeredAt")
    SELECT '${prefix}-c-' || g, '${prefix}-a-' || g, '[]', staff_id, accepted_at - interval '3 days', accepted_at - interval '1 day' FROM load_batch WHERE g % 10 = 0`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Suspension" (id, "applicationId", "taskId", kind, reason, "startedAt", "expectedEndAt", "endedAt", "startedById")
    SELECT '${prefix}-s-' || g, '${prefix}-a-' || g, '${prefix}-t-' || g, 'TESTING', '检验检测', accepted_at + interval '1 day', accepted_at + interval '3 days',
           accepted_at + interval '3 days', staff_id FROM load_batch WHERE g % 31 = 0`);
  await db.$executeRawUnsafe(
    `
    INSERT INTO "Evaluation" (id, "applicationId", occasion, "raterId", channel, overall, scores, "createdAt")
    SELECT '${prefix}-e-' || g, '${prefix}-a-' || g, 'CONCLUSION', $1, 'ONLINE', CASE WHEN g % 7 = 0 THEN 3 ELSE 5 END, '{}', decided_at
    FROM load_batch WHERE g % 10 < 3`,
    applicant,
  );
  await db.$executeRawUnsafe(`DROP TABLE load_batch`);
}

const started = performance.now();
const ts = (d: Date) => `'${d.toISOString()}'::timestamp`;
await insert('stt', TODAY, `${ts(startOfToday)} + (g % ${spanToday}) * interval '1 second'`);
await insert('stp', TODAY, `${ts(startOfToday)} - (1 + g % 30) * interval '1 day' + interval '3 hours'`);
await db.$executeRawUnsafe('ANALYZE');
const days = await rollUpStatistics(now);
console.log(`${TODAY} cases concluded today and ${TODAY} over the past 30 days; rollup ${days} day(s); ${((performance.now() - started) / 1000).toFixed(1)} s`);
await db.$disconnect();
