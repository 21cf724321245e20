// Each database test starts from the demo data on an otherwise empty database.
import { afterAll, afterEach, beforeEach } from 'vitest';
import { seedDemoData } from '../../prisma/seed';
import { forgetClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { installPgOverlapGuard, takePgOverlaps } from './pg-overlap-guard';
import { truncateAll } from './truncate';

installPgOverlapGuard();

beforeEach(async () => {
  await truncateAll(db);
  await seedDemoData(db, { quiet: true });
  forgetClock();
  takePgOverlaps();
});

// Queries run in parallel on one transaction's connection fail the test that ran them (tests/support/pg-overlap-guard.ts).
afterEach(() => {
  const overlaps = takePgOverlaps();
  if (overlaps.length === 0) return;
  const shown = overlaps.slice(0, 3).map((o) => `${o.sql}\n${o.stack}`);
  throw new Error(
    `${overlaps.length} quer${overlaps.length === 1 ? 'y' : 'ies'} sent to a connection still busy with another (Promise.all inside a transaction?):\n\n${shown.join('\n\n')}`,
  );
});

afterAll(async () => {
  await db.$disconnect();
});
