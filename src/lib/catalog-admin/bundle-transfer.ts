import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { bundleDocumentOf, bundleDocumentSelect, resolveBundleDocument } from '@/lib/bundles/bundle-definition';
import { checkBundleDefinition } from '@/lib/bundles/rules';
import { applicabilities, type BundleDocument } from '@/lib/bundles/schemas';
import type { Tx } from '@/lib/db';
import { fileIssueOf, pathOfField } from './file-issues';

// Bundles (一件事, docs/bundles.md) travel with the catalog: a `bundles` list
// in the JSON file, the `bundles` and `bundleMembers` sheets in the workbook
// (docs/catalog-format.md). A file without them imports items only.

const missing = (v: unknown) => v === undefined || v === null;
const typed = (expected: string) => ({ error: (issue: { input?: unknown }) => (missing(issue.input) ? 'required' : `expected.${expected}`) });
const text = (max: number) => z.string(typed('text')).trim().min(1, 'required').max(max, 'tooLong');
const names = z
  .array(z.string(typed('text')).trim().min(1, 'required').max(100, 'tooLong'), typed('list'))
  .max(30, 'tooLong')
  .default([]);

/** A bundle as a file carries it: the admin form's document with real types (a limit is a number, never "3"). */
const fileBundleSchema = z.object({
  code: text(60).regex(/^[A-Za-z0-9-]+$/, 'codeFormat'),
  name: text(100),
  lifeEvent: text(50),
  leadDepartmentCode: text(60),
  promisedLimitDays: z
    .number(typed('number'))
    .min(0.5, 'invalid')
    .max(3650, 'tooLong')
    .refine((n) => Number.isInteger(n * 2), 'halfDay'),
  situations: names,
  description: z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string(typed('text')).trim().max(2000, 'tooLong').nullable().optional())
    .transform((v) => v ?? null),
  members: z
    .array(
      z.object({
        itemCode: text(60),
        applicability: z.enum(applicabilities, { message: 'invalid' }),
        situations: names,
        dependsOn: names,
      }),
      typed('list'),
    )
    .max(20, 'tooLong'),
});

/** The published bundles, by code, as the admin form's documents. */
export async function exportBundleDocuments(tx: Tx): Promise<BundleDocument[]> {
  const versions = await tx.bundleVersion.findMany({ where: { status: 'PUBLISHED' }, orderBy: { bundle: { code: 'asc' } }, select: bundleDocumentSelect });
  return versions.map(bundleDocumentOf);
}

/** One problem of a bundle in the file: its place (from 1) and code, the field's path, the message key, what was expected. */
type BundleIssue = { index: number; code: string | null; path: (string | number)[]; key: string; expected: string | null };

/**
 * Checks the file's bundles before anything is written: types, then the
 * bundle rules (src/lib/bundles/rules.ts: a member twice, a cycle, a member
 * not published, a limit above the members') against the items as they will
 * be after the import — the published active items of the database, with the
 * file's items over them — and the lead department. Codes twice in the file
 * are refused too. A bundle identical to its published version is not written,
 * hence not checked.
 */
export async function checkFileBundles(
  tx: Tx,
  raw: unknown[],
  fileItems: ReadonlyMap<string, { statutoryLimitDays: number | null; promisedLimitDays: number }>,
) {
  const issues: BundleIssue[] = [];
  const docs: BundleDocument[] = [];
  if (raw.length === 0) return { docs, issues };
  const codeOf = (b: unknown) => {
    const c = (b as { code?: unknown } | null)?.code;
    return typeof c === 'string' && c.trim() ? c.trim() : null;
  };
  const stored = await tx.serviceItemVersion.findMany({
    where: { status: 'PUBLISHED', item: { status: 'ACTIVE' } },
    select: { statutoryLimitDays: true, promisedLimitDays: true, item: { select: { basicCode: true } } },
  });
  const published = new Map<string, { statutoryLimitDays: number | null; promisedLimitDays: number }>(stored.map((v) => [v.item.basicCode, v]));
  for (const [code, limits] of fileItems) published.set(code, limits);
  const departments = new Set((await tx.department.findMany({ select: { code: true } })).map((d) => d.code));
  // A bundle exactly as published is left alone by the import, so it is not checked again: an export
  // whose bundle lost a member since (cancelled: the admin list flags it) still imports unchanged.
  const storedBundles = new Map((await exportBundleDocuments(tx)).map((d) => [d.code, JSON.stringify(d)]));
  const seen = new Set<string>();
  for (const [i, b] of raw.entries()) {
    const at = (path: (string | number)[], key: string, expected: string | null = null) => issues.push({ index: i + 1, code: codeOf(b), path, key, expected });
    const result = fileBundleSchema.safeParse(b);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { path, key, expected } = fileIssueOf(issue);
        at(path, key, expected);
      }
      continue;
    }
    const doc = result.data;
    if (seen.has(doc.code)) at(['code'], 'duplicateCode');
    seen.add(doc.code);
    if (storedBundles.get(doc.code) === JSON.stringify(doc)) {
      docs.push(doc);
      continue;
    }
    if (!departments.has(doc.leadDepartmentCode)) at(['leadDepartmentCode'], 'unknownDepartment');
    for (const [field, keys] of Object.entries(checkBundleDefinition(doc, published))) {
      for (const key of keys) at(pathOfField(field), key, key === 'bundleLimitAboveMembers' ? String(limitSum(doc, published)) : null);
    }
    docs.push(doc);
  }
  return { docs, issues };
}

function limitSum(doc: BundleDocument, published: ReadonlyMap<string, { statutoryLimitDays: number | null; promisedLimitDays: number }>): number {
  return [...new Set(doc.members.map((m) => m.itemCode))].reduce((sum, c) => {
    const l = published.get(c);
    return sum + (l ? (l.statutoryLimitDays ?? l.promisedLimitDays) : 0);
  }, 0);
}

/**
 * Writes checked bundles in the import's transaction, after its items: a new
 * code becomes a bundle published as version 1, a bundle whose content differs
 * from its published version gets a new published version (the old one
 * retired, cases keep theirs; a pending draft dropped), an identical one is
 * left alone. `resolveBundleDocument` checks each again against the items just
 * written; a failure there throws and the whole import rolls back.
 */
export async function writeImportedBundles(tx: Tx, actor: Actor, docs: BundleDocument[], now: Date) {
  let created = 0;
  let updated = 0;
  for (const doc of docs) {
    const bundle = await tx.bundle.findUnique({
      where: { code: doc.code },
      select: { id: true, versions: { orderBy: { version: 'desc' }, select: { id: true, version: true, status: true, ...bundleDocumentSelect } } },
    });
    const published = bundle?.versions.find((v) => v.status === 'PUBLISHED');
    if (published && JSON.stringify(bundleDocumentOf(published)) === JSON.stringify(doc)) continue;
    const resolved = await resolveBundleDocument(tx, doc);
    if (!bundle) {
      const made = await tx.bundle.create({ data: { code: doc.code, name: doc.name, createdAt: now }, select: { id: true } });
      const v = await tx.bundleVersion.create({
        data: { bundleId: made.id, version: 1, status: 'PUBLISHED', publishedAt: now, ...resolved.version, members: { create: resolved.members } },
        select: { id: true },
      });
      await recordAudit(tx, { actor, entity: 'BundleVersion', entityId: v.id, action: 'import-create', to: 'PUBLISHED', data: { code: doc.code, version: 1 } });
      created++;
      continue;
    }
    if (published) {
      await tx.bundleVersion.update({ where: { id: published.id }, data: { status: 'RETIRED' } });
      await recordAudit(tx, { actor, entity: 'BundleVersion', entityId: published.id, action: 'retire', from: 'PUBLISHED', to: 'RETIRED', reason: 'import' });
    }
    // A draft has no cases (only published versions are applied for): the file replaces it.
    await tx.bundleVersion.deleteMany({ where: { bundleId: bundle.id, status: 'DRAFT', cases: { none: {} } } });
    const version = Math.max(0, ...bundle.versions.filter((v) => v.status !== 'DRAFT').map((v) => v.version)) + 1;
    const v = await tx.bundleVersion.create({
      data: { bundleId: bundle.id, version, status: 'PUBLISHED', publishedAt: now, ...resolved.version, members: { create: resolved.members } },
      select: { id: true },
    });
    await tx.bundle.update({ where: { id: bundle.id }, data: { name: doc.name } });
    await recordAudit(tx, {
      actor,
      entity: 'BundleVersion',
      entityId: v.id,
      action: 'import-update',
      from: published ? 'PUBLISHED' : undefined,
      to: 'PUBLISHED',
      data: { code: doc.code, version },
    });
    updated++;
  }
  return { created, updated };
}
