import 'server-only';
import { z } from 'zod';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { retireItem } from './retire-item';

/** The cancel form: a bundle code, when given, names the bundle that now takes the item's place. */
export const cancelItemFormSchema = z.object({
  itemId: z.string().min(1),
  reason: z.string({ message: 'required' }).trim().min(1, 'required').max(500, 'tooLong'),
  bundleCode: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(60, 'tooLong').optional()),
});

/** The published bundles an item may give way to (the cancel form's choices). */
export async function listSuccessorBundles(actor: Actor) {
  assertRole(actor, ['ADMIN']);
  const versions = await db.bundleVersion.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { bundle: { code: 'asc' } },
    select: { name: true, bundle: { select: { code: true } } },
  });
  return versions.map((v) => ({ code: v.bundle.code, name: v.name }));
}

export const retireIntoBundleSchema = z.object({
  itemId: z.string().min(1),
  bundleCode: z.string({ message: 'required' }).trim().min(1, 'required').max(60, 'tooLong'),
  reason: z.string({ message: 'required' }).trim().min(1, 'required').max(500, 'tooLong'),
});

/**
 * 取消事项, replaced by a bundle: a hand-drawn “一件事（集成办理）” item gives way
 * to the real bundle of its members. The item is cancelled like any other
 * (cases already filed keep their version) and its guide address leads to the
 * bundle's guide. The bundle must be published, and the item may not be one of
 * its members (the bundle would then lose a member it needs).
 */
export async function retireIntoBundle(actor: Actor, input: z.input<typeof retireIntoBundleSchema>, now = new Date()) {
  assertRole(actor, ['ADMIN']);
  const { itemId, bundleCode, reason } = retireIntoBundleSchema.parse(input);
  return db.$transaction(async (tx) => {
    // One after the other: a transaction's connection runs one query at a time (src/lib/one-query-at-a-time.ts).
    const item = await tx.serviceItem.findUnique({ where: { id: itemId }, select: { status: true } });
    const bundle = await tx.bundle.findUnique({
      where: { code: bundleCode },
      select: { id: true, versions: { where: { status: 'PUBLISHED' }, select: { members: { select: { itemId: true } } } } },
    });
    if (!item) throw new AppError('NOT_FOUND');
    if (item.status !== 'ACTIVE') throw new AppError('INVALID_TRANSITION', { status: item.status });
    const published = bundle?.versions[0];
    if (!bundle || !published) throw new AppError('INVALID_INPUT', { fieldErrors: { bundleCode: ['bundleNotPublished'] } });
    if (published.members.some((m) => m.itemId === itemId)) throw new AppError('INVALID_INPUT', { fieldErrors: { bundleCode: ['itemIsMember'] } });
    await retireItem(tx, actor, itemId, 'CANCELLED', reason, { at: now.toISOString(), bundle: bundleCode });
    await tx.serviceItem.update({ where: { id: itemId }, data: { successorBundleId: bundle.id } });
    return { itemId, bundleId: bundle.id };
  });
}
