// The Prisma CLI that runs migrations: 6.19.3, installed as `prisma-migrate`
// (docs/decisions/0019-prisma-7-client-6-migrate.md). Prisma 7 generates the
// client, but its CLI needs a native schema engine that cannot be downloaded
// here; 6.19.3 carries a WebAssembly one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The 6.19.3 CLI's entry and its configuration (prisma/migrate.config.ts). */
export const PRISMA_MIGRATE_CLI = path.join(root, 'node_modules', 'prisma-migrate', 'build', 'index.js');
export const PRISMA_MIGRATE_CONFIG = path.join(root, 'prisma', 'migrate.config.ts');

/** Arguments that run `prisma <args>` of the 6.19.3 CLI with node. */
export function prismaMigrateArgs(args) {
  return [PRISMA_MIGRATE_CLI, ...args, '--config', PRISMA_MIGRATE_CONFIG];
}

/**
 * The schema as Prisma 6 reads it: Prisma 7 refuses a `url` in the datasource
 * block (it belongs to the config or the adapter), Prisma 6 requires one. The
 * pg adapter of the config connects; the url is only read, never used.
 */
export function withDatasourceUrl(schema) {
  if (/^\s*url\s*=/m.test(schema.match(/datasource\s+\w+\s*\{[^}]*\}/)?.[0] ?? '')) return schema;
  return schema.replace(/(datasource\s+\w+\s*\{)/, '$1\n  url = env("DATABASE_URL")');
}
