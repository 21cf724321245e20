// Configuration of the Prisma 6.19 CLI that runs the migrations (installed as
// `prisma-migrate`, run through scripts/prisma-migrate.mjs; docs/decisions/
// 0019-prisma-7-client-6-migrate.md). Prisma 7's CLI needs a native schema
// engine that cannot be downloaded here, so we run 6.19's WebAssembly engine
// through the pg driver adapter, working around four known defects (docs/
// decisions/0001-prisma-6-wasm-engine.md explains each).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { parse } from 'pg-connection-string';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma-migrate/config';
import { withDatasourceUrl } from '../scripts/prisma-migrate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The schema has no datasource url (Prisma 7 refuses one), Prisma 6 requires
// one: hand the CLI a copy that has it.
const schema = path.join(root, 'node_modules', '.cache', 'prisma-migrate', 'schema.prisma');
fs.mkdirSync(path.dirname(schema), { recursive: true });
fs.writeFileSync(schema, withDatasourceUrl(fs.readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8')));

// 1. The CLI still looks for native engines it never uses with engine "js":
//    point it at an empty placeholder so it does not try to download them.
const placeholder = path.join(os.tmpdir(), 'prisma-engine-placeholder');
if (!fs.existsSync(placeholder)) fs.writeFileSync(placeholder, '');
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= placeholder;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= placeholder;

// 4. The wasm engine leaves 10 s / 60 s timers pending, so every command would
//    linger for a minute after its work is done.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = setTimeoutOriginal(handler, ms, ...args);
  if ((ms ?? 0) >= 10_000) timer.unref();
  return timer;
}) as typeof setTimeout;

// 3. Give the adapter the connection's parts, not a URL: with a URL its shadow
//    database connection silently lands on the main database.
function connectionConfig(url: string, database?: string): pg.PoolConfig {
  const c = parse(url);
  return {
    host: c.host ?? 'localhost',
    port: c.port ? Number(c.port) : 5432,
    user: c.user,
    password: c.password,
    database: database ?? c.database ?? undefined,
  };
}

// 2. adapter-pg 6.x cannot read the types `name` (19) and `"char"` (18) that
//    the engine's introspection returns (prisma/orm#27403): report them as text.
function patchUnsupportedTypes(adapter: object) {
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as {
    performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
    __textPatched?: boolean;
  };
  if (queryable.__textPatched) return;
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result.fields) {
      if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    }
    return result;
  };
  queryable.__textPatched = true;
}

async function connect(url: string, database?: string) {
  const adapter = await new PrismaPg(connectionConfig(url, database)).connect();
  patchUnsupportedTypes(adapter);
  return adapter;
}

export default defineConfig({
  schema,
  migrations: { path: path.join(root, 'prisma', 'migrations') },
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: run Prisma through scripts/with-db.mjs');
    return {
      provider: 'postgres' as const,
      adapterName: '@prisma/adapter-pg',
      connect: () => connect(url),
      // 3. (continued) create and drop the shadow database ourselves, dropping
      //    it only after the adapter's connections are closed.
      async connectToShadowDb() {
        const name = `prisma_shadow_${process.pid}_${Date.now()}`;
        const admin = new pg.Client(connectionConfig(url, 'postgres'));
        await admin.connect();
        await admin.query(`CREATE DATABASE "${name}"`);
        const shadow = await connect(url, name);
        const dispose = shadow.dispose.bind(shadow);
        return Object.assign(shadow, {
          async dispose() {
            await dispose();
            await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
            await admin.end();
          },
        });
      },
    };
  },
});
