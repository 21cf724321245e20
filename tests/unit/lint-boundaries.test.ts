import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries of eslint.config.mjs (docs/decisions/0007-module-boundaries.md), proven on
// small texts linted as if they sat at the given path: a boundary that lets an import through by a
// relative path or by the package name is no boundary.
const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, cache: false });

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', { timeout: 60_000 }, () => {
  it.each([
    ['src/components/x/a.tsx', "import { db } from '@/lib/db';"],
    ['src/components/x/a.tsx', "import { db } from '../../lib/db';"],
    ['src/app/x/page.tsx', "import type { Role } from '@/generated/prisma/client';"],
    ['src/app/x/page.tsx', "import type { Role } from '../../generated/prisma/client';"],
    ['src/app/x/page.tsx', "import { Prisma } from '@prisma/client';"],
    ['src/app/x/page.tsx', "import pg from 'pg';"],
    ['e2e/x.spec.ts', "import { db } from '@/lib/db';"],
  ])('keeps the database out of %s: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ['src/lib/intake/x.ts', "import { runAction } from '@/lib/action';"],
    ['src/lib/intake/x.ts', "import { runAction } from '../action';"],
    ['src/lib/intake/deep/x.ts', "import { orNotFound } from '../../page';"],
  ])('keeps the adapters out of a domain module %s: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ['src/components/x/a.tsx', "import RootLayout from '@/app/layout';"],
    ['src/components/x/a.tsx', "import RootLayout from '../../app/layout';"],
  ])('keeps src/app out of a component %s: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it('has tests import src/ by the alias only', async () => {
    expect(await restricted('tests/db/x.test.ts', "import { AppError } from '../../src/lib/errors';")).toBe(true);
    expect(await restricted('tests/db/x.test.ts', "import { AppError } from '@/lib/errors';")).toBe(false);
    expect(await restricted('tests/db/x.test.ts', "import { codeOf } from '../support/errors';")).toBe(false);
  });

  it.each([
    ['src/lib/intake/x.ts', "import { db } from '@/lib/db';"],
    ['src/lib/intake/x.ts', "import { AppError } from '../errors';"],
    ['src/lib/security/x.ts', "import { x } from './action-reply';"],
    ['src/app/x/actions.ts', "import { runAction } from '@/lib/action';"],
    ['src/worker.ts', "import { db } from '@/lib/db';"],
    ['tests/db/x.test.ts', "import pg from 'pg';"],
    ['e2e/x.spec.ts', "import pg from 'pg';"],
  ])('lets the allowed through, %s: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });
});
