// The local disk backend of the object store (src/lib/files/object-store.ts), the default
// without STORAGE_URL; the S3 backend is tested against s3rver in tests/db/object-store.test.ts.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createObjectStore, diskStore, ObjectMissing, type ObjectStore } from '@/lib/files/object-store';

let root: string;
let store: ObjectStore;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'disk-store-'));
  store = diskStore(root);
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

async function text(key: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.get(key)) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString();
}

describe('the disk object store', () => {
  it('puts, streams, copies, lists and deletes under its folder', async () => {
    await store.put('2026/a.pdf', new TextEncoder().encode('hello'));
    expect(await store.exists('2026/a.pdf')).toBe(true);
    expect(await text('2026/a.pdf')).toBe('hello');
    await store.copy('2026/a.pdf', '2026/b.pdf');
    await store.delete('2026/a.pdf');
    expect(await text('2026/b.pdf')).toBe('hello');
    await expect(store.get('2026/a.pdf')).rejects.toBeInstanceOf(ObjectMissing);
    await store.delete('2026/a.pdf');
    const listed: string[] = [];
    for await (const o of store.list()) listed.push(o.key);
    expect(listed).toEqual(['2026/b.pdf']);
  });

  it('never follows a key out of its folder', async () => {
    await expect(store.put('../escape.pdf', new Uint8Array([1]))).rejects.toThrow(/bad storage key/);
    await expect(store.get('2026/../../etc/passwd')).rejects.toThrow(/bad storage key/);
    await expect(fs.stat(path.join(root, '..', 'escape.pdf'))).rejects.toThrow();
  });

  it('is the default, and STORAGE_URL picks the backend', async () => {
    await createObjectStore(undefined, root).put('x/y.pdf', new Uint8Array([1]));
    expect(await fs.stat(path.join(root, 'uploads', 'x', 'y.pdf'))).toBeTruthy();
    await createObjectStore(`file://${root}/elsewhere`, root).put('z.pdf', new Uint8Array([1]));
    expect(await fs.stat(path.join(root, 'elsewhere', 'z.pdf'))).toBeTruthy();
    expect(() => createObjectStore('s3://', root)).toThrow(/STORAGE_URL/);
  });
});
