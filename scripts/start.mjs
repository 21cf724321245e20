#!/usr/bin/env node
// `npm start`: the portal with demo data, from a fresh clone, in one command.
// Database (embedded unless DATABASE_URL is set) -> migrations -> demo data on
// first run -> build when the sources changed -> one app process per core
// (scripts/server.mjs, APP_PROCESSES to choose) + the worker, on PORT (3000).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded, secretFile } from './lib.mjs';
import { provideDatabase, root, runChild } from './with-db.mjs';

const port = Number(process.env.PORT ?? 3000);
const db = await provideDatabase();
const env = { ...process.env, DATABASE_URL: db.url, PORT: String(port) };

let stopping = false;
const children = [];
async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  await db.stop();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  // react-server: the demo cases go through the domain's server-only use cases.
  const seeded = await runChild(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'prisma/seed.ts'], env);
  if (seeded !== 0) throw new Error('loading the demo data failed');
  if ((await buildIfNeeded(env, '.next')) !== 0) throw new Error('next build failed');
} catch (error) {
  console.error(`[start] ${error.message}`);
  await stop(1);
}

// A stable secret for session cookies, made on first run and kept out of git.
env.NEXTAUTH_SECRET ??= (() => {
  const file = secretFile();
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
})();
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

function start(name, command, args) {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[start] ${name} stopped (code ${code}); shutting down`);
      void stop(code ?? 1);
    }
  });
  children.push(child);
}

start('app', process.execPath, [path.join(root, 'scripts/server.mjs')]);
start('worker', process.execPath, ['--conditions=react-server', '--import', 'tsx', '--import', './scripts/worker-logs.mjs', 'src/worker.ts']);
console.log(`\n  一窗通办 is running: http://localhost:${port}   (Ctrl-C stops the app and the database)\n`);
