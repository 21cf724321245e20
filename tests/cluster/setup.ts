// Starts the cluster (tests/cluster/cluster.ts) before the test file loads,
// and points this process at the same database and object store, so the test
// can arrange data and check rows the way the fault tests do.
import { afterAll } from 'vitest';
import { startCluster, stopCluster, type Cluster } from './cluster';

let cluster: Cluster;
try {
  cluster = await startCluster();
} catch (error) {
  await stopCluster();
  throw error;
}
process.env.DATABASE_URL = cluster.databaseUrl;
process.env.STORAGE_URL = cluster.storageUrl;
process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
process.env.DATABASE_POOL_SIZE = '6';
(globalThis as { cluster?: Cluster }).cluster = cluster;

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await Promise.race([db.$disconnect().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  await stopCluster();
});
