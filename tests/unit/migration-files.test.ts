// The migrations as `prisma migrate deploy` runs them. It (Prisma 7.10) cuts a migration's
// SQL into statements at every semicolon, comments included: a `;` in a `--`
// comment makes the rest of the comment a statement of its own, the migration
// fails (P3009) and the database needs `prisma migrate resolve` before any
// other migration runs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(process.cwd(), 'prisma/migrations');
const migrations = fs
  .readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => path.join(d.name, 'migration.sql'));

describe('migration files', () => {
  it('are found', () => {
    expect(migrations.length).toBeGreaterThan(10);
  });

  it('have no semicolon in a comment', () => {
    const found: string[] = [];
    for (const file of migrations) {
      fs.readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const comment = line.indexOf('--');
          if (comment >= 0 && line.includes(';', comment)) found.push(`${file}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});
