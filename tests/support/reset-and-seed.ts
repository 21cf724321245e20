// Empties the test database and loads the demo data: the starting point of the browser tests.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../src/generated/prisma/client';
import { seedDemoData } from '../../prisma/seed';
import { truncateAll } from './truncate';

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
await truncateAll(prisma);
await seedDemoData(prisma);
// Browser tests run at any hour and on any day: here the kiosk hands out numbers round the clock
// (e2e/hall.spec.ts closes and reopens it to see the refusal).
const always = { weekdays: [0, 1, 2, 3, 4, 5, 6], open: '00:00', close: '23:59' };
await prisma.setting.upsert({ where: { key: 'hall-opening' }, create: { key: 'hall-opening', value: always }, update: { value: always } });
await prisma.$disconnect();
