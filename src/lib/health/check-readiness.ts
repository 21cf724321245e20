import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { db, poolState } from '@/lib/db';

export type Readiness = {
  ok: boolean;
  database: 'up' | 'down';
  /** Migrations in prisma/migrations that the database has not applied (null when it could not be asked). */
  pendingMigrations: string[] | null;
  pool: ReturnType<typeof poolState>;
};

/** Folders of prisma/migrations that are not among the applied migrations. */
export function pendingMigrations(onDisk: string[], applied: string[]): string[] {
  const done = new Set(applied);
  return onDisk.filter((name) => !done.has(name)).sort();
}

async function migrationsOnDisk(): Promise<string[]> {
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'prisma', 'migrations');
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

/**
 * For /readyz: the database answers through the app's own pool (so a pool that
 * cannot get a connection makes the instance unready) within `timeoutMs`, and
 * every migration of this build is applied.
 */
export async function checkReadiness(timeoutMs = 2_000): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const [applied, onDisk] = await Promise.race([
      Promise.all([
        db.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        migrationsOnDisk(),
      ]),
      timeout,
    ]);
    const pending = pendingMigrations(
      onDisk,
      applied.map((m) => m.name),
    );
    return { ok: pending.length === 0, database: 'up', pendingMigrations: pending, pool: poolState() };
  } catch (error) {
    console.error('[readyz] not ready:', error instanceof Error ? error.message : error);
    return { ok: false, database: 'down', pendingMigrations: null, pool: poolState() };
  } finally {
    clearTimeout(timer);
  }
}
