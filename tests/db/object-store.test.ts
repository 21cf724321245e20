// Uploads in an S3-compatible object store (STORAGE_URL=s3://…, issue 15 point 6),
// against a real S3 server for tests (s3rver) started here, through the same
// use cases the app runs: store, read, copy from the library, discard, sweep.
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/env';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { copyLibraryFile } from '@/lib/files/copy-library-file';
import { ObjectMissing, objectStore, readObject, s3Store } from '@/lib/files/object-store';
import { readStoredFile } from '@/lib/files/read-stored-file';
import { storeUploads, withStoredUploads } from '@/lib/files/store-uploads';
import { sweepOrphanFiles } from '@/lib/files/sweep-orphan-files';
import { actorOf, pdfBytes, submitOnline } from '../support/factories';

let server: S3rver;
let dir: string;
let url: string;
const before = { STORAGE_URL: env.STORAGE_URL, key: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 's3rver-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'uploads', configs: [] }] });
  const address = (await server.run()) as AddressInfo;
  // s3rver's fixed credentials, read by the SDK's usual chain as in production.
  process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
  url = `s3://uploads/portal?endpoint=http://127.0.0.1:${address.port}&region=us-east-1&forcePathStyle=true`;
  env.STORAGE_URL = url;
});

afterAll(async () => {
  env.STORAGE_URL = before.STORAGE_URL;
  process.env.AWS_ACCESS_KEY_ID = before.key;
  process.env.AWS_SECRET_ACCESS_KEY = before.secret;
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function keysInBucket(): Promise<string[]> {
  const keys: string[] = [];
  for await (const o of s3Store(url).list()) keys.push(o.key);
  return keys.sort();
}

describe('the S3 object store', () => {
  it('puts, streams back, copies, tells what exists and deletes, under its prefix', async () => {
    const store = objectStore();
    const bytes = pdfBytes('s3');
    await store.put('2026/a.pdf', bytes, 'application/pdf');
    expect(await store.exists('2026/a.pdf')).toBe(true);
    expect(await store.exists('2026/none.pdf')).toBe(false);
    expect(Buffer.from(await readObject('2026/a.pdf')).equals(Buffer.from(bytes))).toBe(true);
    await store.copy('2026/a.pdf', '2026/b.pdf');
    await store.delete('2026/a.pdf');
    // The copy keeps its bytes when the original goes.
    expect(Buffer.from(await readObject('2026/b.pdf')).equals(Buffer.from(bytes))).toBe(true);
    await expect(store.get('2026/a.pdf')).rejects.toBeInstanceOf(ObjectMissing);
    await store.delete('2026/a.pdf');
    expect(await keysInBucket()).toContain('2026/b.pdf');
    // The prefix (s3://uploads/portal) holds the keys: nothing lands at the bucket's root.
    const root = s3Store(url.replace('/portal?', '?'));
    const rootKeys: string[] = [];
    for await (const o of root.list()) rootKeys.push(o.key);
    expect(rootKeys.every((k) => k.startsWith('portal/'))).toBe(true);
    await store.delete('2026/b.pdf');
  });

  it('an application’s files go to the bucket, are read back by whoever may see them, and nothing lands on disk', async () => {
    const applicant = await actorOf('zhangsan');
    const diskBefore = await fs.readdir(path.join(env.DATA_DIR, 'uploads'), { recursive: true }).catch(() => []);
    const stored = await storeUploads(applicant, [{ field: 'f', name: '身份证.pdf', bytes: pdfBytes('身份证') }]);
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: stored.f[0].id } });
    expect(await objectStore().exists(row.storageKey)).toBe(true);
    const file = await readStoredFile(applicant, row.id);
    expect(file.name).toBe('身份证.pdf');
    expect(Buffer.from(file.bytes).equals(Buffer.from(pdfBytes('身份证')))).toBe(true);
    expect(await fs.readdir(path.join(env.DATA_DIR, 'uploads'), { recursive: true }).catch(() => [])).toEqual(diskBefore);
  });

  it('a refused use case removes its files from the bucket again', async () => {
    const applicant = await actorOf('zhangsan');
    const keys = await keysInBucket();
    const refused = withStoredUploads(applicant, [{ field: 'f', name: 'x.pdf', bytes: pdfBytes('x') }], {}, async () => {
      throw new AppError('NOT_FOUND');
    });
    await expect(refused).rejects.toThrow(AppError);
    expect(await keysInBucket()).toEqual(keys);
  });

  it('a library copy is a second object: removing the copy keeps the original', async () => {
    const applicant = await actorOf('zhangsan');
    const { id } = await submitOnline(applicant, '普通护照签发');
    const original = await db.storedFile.findFirstOrThrow({ where: { material: { applicationId: id } }, include: { material: true } });
    // submitOnline stores its files through the same store: the material's bytes are in the bucket.
    expect(await objectStore().exists(original.storageKey)).toBe(true);
    const requirement = await db.materialRequirement.findFirstOrThrow({ where: { name: original.material!.name } });
    const copy = await copyLibraryFile(applicant, { sourceFileId: original.id, requirementId: requirement.id });
    const copyKey = (await db.storedFile.findUniqueOrThrow({ where: { id: copy.id } })).storageKey;
    expect(copyKey).not.toBe(original.storageKey);
    await objectStore().delete(copyKey);
    expect(await objectStore().exists(original.storageKey)).toBe(true);
  });

  it('the orphan sweep removes loose rows’ objects and objects without a row, and keeps files in use', async () => {
    const applicant = await actorOf('zhangsan');
    const { id } = await submitOnline(applicant, '普通护照签发');
    const inUse = await db.storedFile.findFirstOrThrow({ where: { material: { applicationId: id } } });
    const loose = (await storeUploads(applicant, [{ field: 'f', name: 'loose.pdf', bytes: pdfBytes('loose') }])).f[0];
    const looseKey = (await db.storedFile.findUniqueOrThrow({ where: { id: loose.id } })).storageKey;
    await objectStore().put('2020/stray.pdf', pdfBytes('stray'));
    // Seen from a day past the grace period, every object is old enough.
    const later = new Date(Date.now() + 2 * env.ORPHAN_FILE_GRACE_MS);
    const removed = await sweepOrphanFiles(later);
    expect(removed.rows).toBeGreaterThanOrEqual(1);
    expect(removed.bytes).toBeGreaterThanOrEqual(1);
    expect(await objectStore().exists(looseKey)).toBe(false);
    expect(await objectStore().exists('2020/stray.pdf')).toBe(false);
    expect(await objectStore().exists(inUse.storageKey)).toBe(true);
    expect(await db.storedFile.findUnique({ where: { id: inUse.id } })).not.toBeNull();
  });
});
