// Each database test starts from the demo data on an otherwise empty database.
import { afterAll, beforeEach } from 'vitest';
import { seedDemoData } from '../../prisma/seed';
import { forgetClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { truncateAll } from './truncate';

beforeEach(async () => {
  await truncateAll(db);
  await seedDemoData(db, { quiet: true });
  forgetClock();
});

afterAll(async () => {
  await db.$disconnect();
});
