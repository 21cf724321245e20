// The minimal reproduction of docs/decisions/0016-prisma-pool-leak.md (without the app's workaround):
//   node scripts/with-db.mjs --test npx tsx scripts/repro-prisma-pool-leak.ts
// prints "LEAK" with Prisma 6.19.3.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../src/generated/prisma/client';

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1 }) });
const killer = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1 }) });

await prisma
  .$transaction(async (tx) => {
    const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    await killer.$queryRaw`SELECT pg_terminate_backend(${pid}::int)::text AS done`;
    await tx.$queryRaw`SELECT 1`;
  })
  .catch((e: Error) => console.log('transaction failed as expected:', e.message.split('\n').at(-1)));
console.log('next query...');
const timer = setTimeout(() => {
  console.log('LEAK: no answer after 10 s');
  process.exit(2);
}, 10_000);
await prisma.$queryRaw`SELECT 1`;
clearTimeout(timer);
console.log('answered: no leak');
process.exit(0);
