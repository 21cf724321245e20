import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';

/*
 * Throttles on failed attempts (wrong passwords, check codes, activation
 * codes), counted in PostgreSQL (ThrottleCounter) so that every app instance
 * shares the counts. Each failure counts against several keys: the client
 * address, the target (an account, a case's check code, a certificate) and the
 * pair of both. A key's next attempt waits a delay that doubles with each
 * failure past its free ones, up to a cap; a count is forgotten `windowSeconds`
 * after its last failure.
 *
 * A target key binds only clients that have failed on that target themselves
 * (`onlyAfterFailureOf`): many strangers failing on an account slow each other
 * down, never the owner typing the right password from a client of their own.
 *
 * Keys are stored as hashes: the table holds no login names, ID numbers,
 * receipt numbers or addresses.
 */

export type Rule = {
  /** Part of the stored key, so rules never share a count. */
  name: string;
  /** Failures allowed before the first delay. */
  free: number;
  baseSeconds: number;
  maxSeconds: number;
  windowSeconds: number;
  /**
   * Counts are forgotten `windowSeconds` after the first count instead of the
   * last: for limits on every request (codes sent, numbers taken), where a
   * steady legitimate pace must not add up forever.
   */
  fixedWindow?: boolean;
};

export type Check = {
  rule: Rule;
  /** What is counted (an address, an account id, ...). */
  parts: readonly string[];
  /** Applies only when this other check's key already has failures (see above). */
  onlyAfterFailureOf?: number;
  /** Forgotten entirely on a success (the pair of the client and the target). */
  clearOnSuccess?: boolean;
};

/** The three rules guarding a secret typed on a public form (a password, a check code): see the comment at the top. */
export type SecretRules = { byClient: Rule; byPair: Rule; bySecret: Rule };

/** The checks of one try at `secret` from `address`: the client, the pair, and the secret once this client has failed on it. */
export function secretChecks(rules: SecretRules, secret: string, address: string): Check[] {
  return [
    { rule: rules.byClient, parts: [address] },
    { rule: rules.byPair, parts: [secret, address], clearOnSuccess: true },
    { rule: rules.bySecret, parts: [secret], onlyAfterFailureOf: 1 },
  ];
}

function keyOf(check: Pick<Check, 'rule' | 'parts'>): string {
  const digest = createHash('sha256').update(check.parts.join('\u0000')).digest('base64url').slice(0, 32);
  return `${check.rule.name}:${digest}`;
}

/** The delay after `failures` failures under `rule`, in seconds. */
export function delayAfter(rule: Rule, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** Math.min(failures - rule.free, 30));
}

type Row = { key: string; failures: number; lastAt: Date; expiresAt: Date };

function waitOf(rule: Rule, row: Row | undefined, now: Date): number {
  if (!row || row.expiresAt <= now) return 0;
  const until = row.lastAt.getTime() + delayAfter(rule, row.failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

export type Attempt = { wait: number; keys: string[]; checks: readonly Check[]; failures: number[] };

/**
 * Starts an attempt: refuses it (wait > 0, seconds) while any applicable key
 * is in its delay; otherwise counts it as a failure on every key at once,
 * before the secret is checked, so parallel guesses see each other. The caller
 * then calls `succeeded` when the secret was right, which takes the count back.
 * The rows are locked while checking, so attempts on one key are serialised.
 */
export async function beginAttempt(checks: readonly Check[], now = new Date()): Promise<Attempt> {
  const keys = checks.map(keyOf);
  return db.$transaction(async (tx) => {
    // Every key gets its row first (in one order, so attempts cannot deadlock),
    // then all are locked: parallel attempts on a key wait for each other even
    // when the key is new, and each sees the counts of those before it.
    const windows = new Map(checks.map((c, i) => [keys[i], c.rule.windowSeconds]));
    const sorted = [...new Set(keys)].sort();
    for (const key of sorted) {
      const expiresAt = new Date(now.getTime() + windows.get(key)! * 1000);
      await tx.$executeRaw`
        INSERT INTO "ThrottleCounter" ("key", "failures", "lastAt", "expiresAt") VALUES (${key}, 0, ${now}, ${expiresAt})
        ON CONFLICT ("key") DO NOTHING`;
    }
    const rows = await tx.$queryRaw<Row[]>`
      SELECT "key", "failures", "lastAt", "expiresAt" FROM "ThrottleCounter"
      WHERE "key" = ANY(${sorted}::text[]) ORDER BY "key" FOR UPDATE`;
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const live = (i: number) => {
      const row = byKey.get(keys[i]);
      return row && row.expiresAt > now ? row.failures : 0;
    };
    let wait = 0;
    checks.forEach((check, i) => {
      if (check.onlyAfterFailureOf !== undefined && live(check.onlyAfterFailureOf) === 0) return;
      wait = Math.max(wait, waitOf(check.rule, byKey.get(keys[i]), now));
    });
    if (wait > 0) return { wait, keys, checks, failures: checks.map((_, i) => live(i)) };
    const failures: number[] = [];
    for (const [i, check] of checks.entries()) {
      const expiresAt = new Date(now.getTime() + check.rule.windowSeconds * 1000);
      const [row] = await tx.$queryRaw<{ failures: number }[]>`
        INSERT INTO "ThrottleCounter" ("key", "failures", "lastAt", "expiresAt") VALUES (${keys[i]}, 1, ${now}, ${expiresAt})
        ON CONFLICT ("key") DO UPDATE SET
          "failures" = CASE WHEN "ThrottleCounter"."expiresAt" <= ${now} THEN 1 ELSE "ThrottleCounter"."failures" + 1 END,
          "lastAt" = ${now},
          "expiresAt" = CASE WHEN "ThrottleCounter"."expiresAt" <= ${now} OR NOT ${check.rule.fixedWindow ?? false} THEN ${expiresAt} ELSE "ThrottleCounter"."expiresAt" END
        RETURNING "failures"`;
      failures.push(row.failures);
    }
    return { wait: 0, keys, checks, failures };
  });
}

/**
 * The secret was right: this attempt and the client's earlier failures on this
 * target (the pair's count) are taken back from every key, so the owner's own
 * typos never add to what binds them later; strangers' failures stay counted.
 */
export async function succeeded(attempt: Attempt): Promise<void> {
  const pairs = attempt.checks.flatMap((c, i) => (c.clearOnSuccess ? [attempt.failures[i] ?? 1] : []));
  const own = Math.max(1, ...pairs);
  const clear = attempt.keys.filter((_, i) => attempt.checks[i].clearOnSuccess);
  const keep = attempt.keys.filter((_, i) => !attempt.checks[i].clearOnSuccess);
  await db.$transaction([
    db.throttleCounter.deleteMany({ where: { key: { in: clear } } }),
    db.$executeRaw`UPDATE "ThrottleCounter" SET "failures" = GREATEST("failures" - ${own}, 0) WHERE "key" = ANY(${keep}::text[])`,
  ]);
}

/** Removes counts nobody needs any more (the worker's housekeeping). */
export async function forgetExpiredCounts(now = new Date()): Promise<number> {
  return (await db.throttleCounter.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
