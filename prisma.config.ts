// Prisma 7 CLI configuration, for `prisma generate` (run by npm install) only.
// Migrations run on the Prisma 6.19 CLI with prisma/migrate.config.ts
// (docs/decisions/0019-prisma-7-client-6-migrate.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Every Prisma 7 command first downloads the native schema engine, which
// cannot be reached here; generating the client does not use it. An empty
// placeholder file stops the download.
const placeholder = path.join(os.tmpdir(), 'prisma-engine-placeholder');
if (!fs.existsSync(placeholder)) fs.writeFileSync(placeholder, '');
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= placeholder;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
