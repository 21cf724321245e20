import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// One role guard for a use case: `assertRole(actor, roles[, scope])` from src/lib/auth/actor.ts
// (issue #17). A use case that spells the check out by hand, `if (actor.role !== …) throw new
// AppError('NOT_FOUND')`, is a second shape of the same rule, and the next one copies it.
const LIB = path.resolve(import.meta.dirname, '../../src/lib');

// Written before the rule; each goes when its file is next touched (assertRole reads the same).
const KNOWN = new Set([
  'bundles/accept-bundle.ts',
  'bundles/answer-bundle-correction.ts',
  'bundles/list-bundle-board.ts',
  'bundles/list-bundle-intake-queue.ts',
  'bundles/list-my-bundle-cases.ts',
  'bundles/request-bundle-correction.ts',
  'bundles/request-early-collection.ts',
  'bundles/submit-bundle.ts',
  'calendar-admin/confirm-calendar-year.ts',
  'conversation/list-unanswered-messages.ts',
  'evaluation/list-rectifications.ts',
  'events/list-deliveries.ts',
  'events/list-subscribers.ts',
  'events/register-subscriber.ts',
  'events/replay-delivery.ts',
  'events/set-subscriber-active.ts',
  'hall/update-hall-opening.ts',
  'open311/issue-api-key.ts',
  'open311/list-api-keys.ts',
  'open311/revoke-api-key.ts',
  'supervision/find-cases.ts',
  'supervision/get-statistics.ts',
]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** A role check written out by hand: a condition on `actor.role` that throws NOT_FOUND on the same line. */
const HAND_ROLLED = /\bif\s*\(.*\bactor\.role\b.*\)\s*throw new AppError\(\s*'NOT_FOUND'/;

describe('role guards in use cases', () => {
  const handRolled = sourceFiles(LIB)
    .map((file) => path.relative(LIB, file).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith('auth/'))
    .filter((rel) => HAND_ROLLED.test(fs.readFileSync(path.join(LIB, rel), 'utf8')));

  it('recognises a hand-rolled check', () => {
    expect(HAND_ROLLED.test("  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');")).toBe(true);
    expect(HAND_ROLLED.test("  if (!WINDOW_ROLES.includes(actor.role)) throw new AppError('NOT_FOUND');")).toBe(true);
    expect(HAND_ROLLED.test('  assertRole(actor, WINDOW_ROLES);')).toBe(false);
  });

  it('has no new hand-rolled role check: use assertRole', () => {
    expect(handRolled.filter((rel) => !KNOWN.has(rel))).toEqual([]);
  });
});
