// Writes a migration for what prisma/schema.prisma changed since the last commit.
// `prisma migrate dev` cannot be used: its shadow database fails with P3006 on
// the WebAssembly engine (docs/decisions/0001-prisma-6-wasm-engine.md). Run
// through with-db.mjs (npm run db:migrate -- <name>), which provides a database
// for the engine; the diff itself compares the two schema files only. The diff
// runs on the Prisma 6.19 CLI (scripts/prisma-migrate.mjs), which wants a
// datasource url in both files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prismaMigrateArgs, withDatasourceUrl } from './prisma-migrate.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migrate -- <name_in_snake_case>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const before = path.join(os.tmpdir(), `schema-before-${process.pid}.prisma`);
const after = path.join(os.tmpdir(), `schema-after-${process.pid}.prisma`);
fs.writeFileSync(before, withDatasourceUrl(execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: root, encoding: 'utf8' })));
fs.writeFileSync(after, withDatasourceUrl(fs.readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8')));
const sql = execFileSync(
  process.execPath,
  prismaMigrateArgs(['migrate', 'diff', '--from-schema-datamodel', before, '--to-schema-datamodel', after, '--script']),
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
fs.rmSync(before);
fs.rmSync(after);
if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
  console.log('The schema has not changed since the last commit: no migration written.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = path.join(root, 'prisma/migrations', `${stamp}_${name}`);
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(path.join(folder, 'migration.sql'), sql);
console.log(
  `Wrote ${path.relative(root, folder)}/migration.sql; read it, add what Prisma cannot express (partial indexes), then apply it with npm start or npm test.`,
);
