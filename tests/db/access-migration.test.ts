import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

const MIGRATION = path.resolve(import.meta.dirname, '../../prisma/migrations/20261206044040_access_hardening/migration.sql');

/** The data steps of the migration (its UPDATEs), run again on data shaped like before it. */
async function runBackfill() {
  const sql = fs.readFileSync(MIGRATION, 'utf8').replace(/^--.*$/gm, '');
  const updates = sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.startsWith('UPDATE'));
  expect(updates).toHaveLength(3);
  for (const statement of updates) await db.$executeRawUnsafe(statement);
}

describe('the access hardening migration', () => {
  it('dates the opening of every task that was opened, leaves never-opened ones, and renames walk-in accounts', async () => {
    const [zhangsan, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const { id } = await submitOnline(zhangsan, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id } });
    // As before the column was relied on: an opened task without its date, and a cancelled one never opened.
    await db.departmentTask.update({ where: { id: task.id }, data: { openedAt: null } });
    const never = await db.departmentTask.create({
      data: { applicationId: id, stageSort: 9, stageName: '后续环节', departmentId: task.departmentId, status: 'CANCELLED', limitDays: 1 },
    });
    const walkIn = await db.user.create({
      data: { username: 'walkin-511602199001011234', idNumber: '511602199001011234', name: '王五', passwordHash: '-', role: 'APPLICANT' },
    });

    await runBackfill();

    // Dated by the task's own "open-task" event.
    const opened = await db.auditEvent.findFirstOrThrow({ where: { entity: 'DepartmentTask', entityId: task.id, action: 'open-task' } });
    expect((await db.departmentTask.findUniqueOrThrow({ where: { id: task.id } })).openedAt).toEqual(opened.at);
    expect((await db.departmentTask.findUniqueOrThrow({ where: { id: never.id } })).openedAt).toBeNull();
    const renamed = await db.user.findUniqueOrThrow({ where: { id: walkIn.id } });
    expect(renamed.username).toMatch(/^walkin-[0-9a-f]{12}$/);
    expect(renamed.username).not.toContain('511602199001011234');
    expect((await db.user.findUniqueOrThrow({ where: { id: zhangsan.id } })).username).toBe('zhangsan');
  });
});
