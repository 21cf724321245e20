// Empties the test database and loads the demo data: the starting point of the browser tests.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../src/generated/prisma/client';
import { seedDemoData } from '../../prisma/seed';
import { truncateAll } from './truncate';

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
await truncateAll(prisma);
await seedDemoData(prisma);
await prisma.$disconnect();
