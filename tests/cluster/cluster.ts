// The cluster of `npm run test:cluster` (issue 15 point 7): one PostgreSQL
// (embedded), PgBouncer in transaction mode in front of it, s3rver as the
// object store, two app instances (scripts/server.mjs) and two workers
// (src/worker.ts), and HAProxy in front of the instances. Instance "a" and
// worker 1 talk to PostgreSQL directly, instance "b" and worker 2 through
// PgBouncer (`pgbouncer=true`).
// Every child runs in its own process group, so a kill ends it whole.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { migrate, root, startEmbedded } from '../../scripts/with-db.mjs';

const base = Number(process.env.CLUSTER_BASE_PORT ?? 3470);
export const ports = { s3: base, proxy: base + 1, a: base + 2, b: base + 3, bouncer: base + 4, metricsA: base + 5, metricsB: base + 6 };
const pgPort = Number(process.env.CLUSTER_PG_PORT ?? 54348);
export const proxyUrl = `http://127.0.0.1:${ports.proxy}`;
const work = path.join(os.tmpdir(), `portal-cluster-${base}`);

export type Child = { name: string; process: ChildProcess; log: string[] };
const children: Child[] = [];
let stopDatabase: (() => Promise<void>) | null = null;
let s3: S3rver | null = null;

function start(name: string, command: string, args: string[], env: Record<string, string | undefined>): Child {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log.push(line);
    if (log.length > 400) log.splice(0, log.length - 400);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const entry = { name, process: child, log };
  children.push(entry);
  return entry;
}

/** Ends a child's whole process group (server.mjs forks its app processes). */
export async function kill(child: Child, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = new Promise((resolve) => child.process.once('exit', resolve));
  try {
    process.kill(-child.process.pid!, signal);
  } catch {
    return;
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 90_000, child?: Child): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child && child.process.exitCode !== null) throw new Error(`${what}: exited with ${child.process.exitCode}\n${child.log.slice(-30).join('\n')}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what}: not ready within ${ms} ms\n${child?.log.slice(-30).join('\n') ?? ''}`);
}

const answers = (url: string) => fetch(url, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok);

export type Cluster = {
  databaseUrl: string;
  storageUrl: string;
  apps: { a: Child; b: Child };
  workers: Child[];
  workerDataDirs: string[];
  haproxy: Child;
};

export async function startCluster(): Promise<Cluster> {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true, mode: 0o755 });
  fs.chmodSync(work, 0o755);

  const database = await startEmbedded({ test: true, port: pgPort, name: `postgres-cluster-${pgPort}` });
  stopDatabase = database.stop;
  migrate(database.url);
  const databaseUrl = database.url;

  s3 = new S3rver({
    address: '127.0.0.1',
    port: ports.s3,
    silent: true,
    directory: path.join(work, 's3'),
    configureBuckets: [{ name: 'uploads', configs: [] }],
  });
  await s3.run();
  const storageUrl = `s3://uploads/portal?endpoint=http://127.0.0.1:${ports.s3}&region=us-east-1&forcePathStyle=true`;
  const shared = {
    STORAGE_URL: storageUrl,
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    NEXTAUTH_SECRET: 'cluster-test-secret-0123456789abcdef',
    NEXTAUTH_URL: proxyUrl,
    NODE_ENV: 'production',
  };

  // PgBouncer in transaction mode: the pooler a province puts between many instances and PostgreSQL.
  const user = decodeURIComponent(new URL(databaseUrl).username);
  const dbName = new URL(databaseUrl).pathname.slice(1);
  fs.writeFileSync(path.join(work, 'users.txt'), `"${user}" "postgres"\n`);
  fs.writeFileSync(
    path.join(work, 'pgbouncer.ini'),
    [
      '[databases]',
      `${dbName} = host=127.0.0.1 port=${pgPort} dbname=${dbName}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${ports.bouncer}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(work, 'users.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 200',
      'default_pool_size = 8',
      'ignore_startup_parameters = extra_float_digits',
      '',
    ].join('\n'),
  );
  const asRoot = process.getuid?.() === 0;
  // PgBouncer will not run as root: it drops to the postgres user (the embedded server's, or the package's).
  const bouncer = start('pgbouncer', 'pgbouncer', [...(asRoot ? ['-u', 'postgres'] : []), path.join(work, 'pgbouncer.ini')], {});
  const bouncerUrl = `postgresql://${user}:postgres@127.0.0.1:${ports.bouncer}/${dbName}?pgbouncer=true`;

  const app = (name: 'a' | 'b', port: number, url: string, metricsPort: number) =>
    start(`app ${name}`, process.execPath, ['scripts/server.mjs', String(port)], {
      ...shared,
      DATABASE_URL: url,
      APP_PROCESSES: '1',
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-test',
      HOSTNAME_BIND: '127.0.0.1',
      TRUSTED_PROXIES: '127.0.0.1',
      DATA_DIR: path.join(work, `data-${name}`),
      METRICS_PORT: String(metricsPort),
      INSTANCE_NAME: name,
    });
  const apps = { a: app('a', ports.a, databaseUrl, ports.metricsA), b: app('b', ports.b, bouncerUrl, ports.metricsB) };

  // Each worker writes the texts it sends to a log of its own: a message sent by both would show in both.
  // Worker 2 claims its messages through PgBouncer, as instance b serves through it.
  const workerDataDirs = [path.join(work, 'worker-1'), path.join(work, 'worker-2')];
  const workers = workerDataDirs.map((dir, i) =>
    start(`worker ${i + 1}`, process.execPath, ['--conditions=react-server', '--import', 'tsx', '--import', './scripts/worker-logs.mjs', 'src/worker.ts'], {
      ...shared,
      DATABASE_URL: i === 0 ? databaseUrl : bouncerUrl,
      DATA_DIR: dir,
      WORKER_INTERVAL_MS: '150',
    }),
  );

  fs.writeFileSync(
    path.join(work, 'haproxy.cfg'),
    [
      'global',
      '  maxconn 512',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 60s',
      '  timeout server 60s',
      // A connection refused by a dead instance is tried again on the other one.
      '  retries 3',
      '  option redispatch',
      '  option forwardfor',
      'frontend web',
      `  bind 127.0.0.1:${ports.proxy}`,
      // A request id for every request (kept when the client sent one): the app logs it on each line.
      '  unique-id-format %{+X}o%ci%cp%Ts%rt%pid',
      '  http-request set-header X-Request-ID %[unique-id] unless { req.hdr(x-request-id) -m found }',
      '  default_backend apps',
      'backend apps',
      '  balance roundrobin',
      '  option httpchk GET /healthz',
      // Generous on a busy two-core machine: a slow /healthz must not mark an instance down (a pinned
      // request then goes to the other one); a dead one is left by its refused connections (redispatch).
      '  timeout check 5s',
      '  default-server inter 1s fall 3 rise 2',
      // The test pins a request to one instance (x-cluster-pin: a|b) and reads which answered.
      '  use-server a if { req.hdr(x-cluster-pin) -m str a }',
      '  use-server b if { req.hdr(x-cluster-pin) -m str b }',
      '  http-response set-header x-cluster-server %s',
      `  server a 127.0.0.1:${ports.a} check`,
      `  server b 127.0.0.1:${ports.b} check`,
      '',
    ].join('\n'),
  );
  const haproxy = start('haproxy', 'haproxy', ['-db', '-f', path.join(work, 'haproxy.cfg')], {});

  await waitFor('PgBouncer', async () => spawnSync('bash', ['-c', `exec 3<>/dev/tcp/127.0.0.1/${ports.bouncer}`]).status === 0, 20_000, bouncer);
  await waitFor('app a', () => answers(`http://127.0.0.1:${ports.a}/readyz`), 120_000, apps.a);
  await waitFor('app b', () => answers(`http://127.0.0.1:${ports.b}/readyz`), 120_000, apps.b);
  await waitFor('HAProxy', () => answers(`${proxyUrl}/healthz`), 20_000, haproxy);
  // Both servers marked up by the health checks.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return { databaseUrl, storageUrl, apps, workers, workerDataDirs, haproxy };
}

export async function stopCluster(): Promise<void> {
  for (const child of children.reverse()) await kill(child, 'SIGTERM');
  await s3?.close().catch(() => {});
  await stopDatabase?.();
}

/** The last lines each child wrote, for a failure's message. */
export function childLogs(): string {
  return children.map((c) => `--- ${c.name}\n${c.log.slice(-15).join('\n')}`).join('\n');
}
