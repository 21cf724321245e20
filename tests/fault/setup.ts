// The fault tests own their PostgreSQL: they stop and start it under load, so it
// cannot be the database the other tests share. One embedded server on its own
// port (FAULT_PG_PORT, 54349 by default) and folder, migrated and seeded here;
// each test file gets a small pool with short timeouts so a hang shows quickly.
import path from 'node:path';
import { afterAll } from 'vitest';
import { migrate, root, startEmbedded, type EmbeddedServer } from '../../scripts/with-db.mjs';

const port = Number(process.env.FAULT_PG_PORT ?? 54349);
const server = await startEmbedded({ test: true, port, name: `postgres-fault-${port}` });
migrate(server.url);

process.env.DATABASE_URL = server.url;
process.env.DATA_DIR = path.join(root, '.data', `fault-files-${port}`);
process.env.DATABASE_POOL_SIZE = '4';
process.env.DATABASE_ACQUIRE_TIMEOUT_MS = '3000';
process.env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = '5000';

(globalThis as { faultDatabase?: EmbeddedServer }).faultDatabase = server;

afterAll(async () => {
  const { db } = await import('@/lib/db');
  // A pool that leaked its slots never ends: do not let it hold the run.
  await Promise.race([db.$disconnect().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  await server.stop();
});
