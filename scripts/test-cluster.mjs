#!/usr/bin/env node
// `npm run test:cluster` (issue 15 point 7): builds the app if needed, then runs
// tests/cluster/ — two app instances (one through PgBouncer in transaction
// mode) and two workers on one embedded PostgreSQL, behind HAProxy, with
// s3rver as the object store. Needs Debian's `haproxy` and `pgbouncer`
// (.ci/run installs them). Ports: CLUSTER_BASE_PORT (3470) to +6, CLUSTER_PG_PORT (54348).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './lib.mjs';
import { root, runChild } from './with-db.mjs';

const missing = ['haproxy', 'pgbouncer'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
if (missing.length) {
  console.error(`[cluster] missing ${missing.join(' and ')}: apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
const distDir = process.env.E2E_DIST_DIR ?? '.next-test';
const env = { ...process.env, E2E_DIST_DIR: distDir, DATA_DIR: path.join(root, '.data', 'cluster-files') };
let code = await buildIfNeeded(env, distDir);
if (code === 0) code = await runChild(path.join(root, 'node_modules/.bin/vitest'), ['run', '--project', 'cluster'], env);
process.exit(code);
