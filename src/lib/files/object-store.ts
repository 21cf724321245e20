import 'server-only';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { env } from '@/env';

/**
 * Where the bytes of uploads live, behind one small interface so that the
 * rest of the file code never knows which: the local disk (the default, one
 * machine) or an S3-compatible object store (`STORAGE_URL=s3://…`), which every
 * app instance and worker of a cluster shares. Keys are the StoredFile's
 * `storageKey` ("2026/<hex>.pdf").
 */
export interface ObjectStore {
  put(key: string, bytes: Uint8Array, contentType?: string): Promise<void>;
  /** The bytes as a stream; rejects with ObjectMissing when there are none. */
  get(key: string): Promise<Readable>;
  /** Removing what is not there is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** A second key for the same bytes: removing either never removes the other's. */
  copy(from: string, to: string): Promise<void>;
  /** Every key with its last change, for the sweep of bytes without a row. */
  list(): AsyncIterable<{ key: string; modified: Date }>;
}

export class ObjectMissing extends Error {
  constructor(key: string) {
    super(`stored object missing: ${key}`);
  }
}

export function diskStore(root: string): ObjectStore {
  const at = (key: string) => {
    const target = path.resolve(/*turbopackIgnore: true*/ root, key);
    // Keys come from our own rows, but a key that leaves the folder is never followed.
    if (!target.startsWith(path.resolve(/*turbopackIgnore: true*/ root) + path.sep)) throw new Error(`bad storage key: ${key}`);
    return target;
  };
  return {
    async put(key, bytes) {
      const target = at(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, bytes);
    },
    async get(key) {
      const target = at(key);
      await fs.access(target).catch(() => Promise.reject(new ObjectMissing(key)));
      return createReadStream(target);
    },
    async delete(key) {
      await fs.rm(at(key), { force: true });
    },
    async exists(key) {
      return fs.stat(at(key)).then(
        (s) => s.isFile(),
        () => false,
      );
    },
    async copy(from, to) {
      const target = at(to);
      await fs.mkdir(path.dirname(target), { recursive: true });
      // A hard link shares the bytes on disk; a copy where the file system cannot link.
      await fs.link(at(from), target).catch(() => fs.copyFile(at(from), target));
    },
    async *list() {
      const names = (await fs.readdir(root, { recursive: true }).catch(() => [] as string[])).map(String);
      for (const name of names) {
        const stat = await fs.stat(path.join(/*turbopackIgnore: true*/ root, name)).catch(() => null);
        if (stat?.isFile()) yield { key: name.split(path.sep).join('/'), modified: stat.mtime };
      }
    },
  };
}

/**
 * `s3://bucket[/prefix]?endpoint=http://host:port&region=…&forcePathStyle=true`.
 * Credentials come from the SDK's usual chain (AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY, a profile, an instance role), never from the URL.
 */
export function s3Store(url: string, config: Partial<S3ClientConfig> = {}): ObjectStore {
  const parsed = new URL(url);
  if (parsed.protocol !== 's3:' || !parsed.hostname) throw new Error('STORAGE_URL must look like s3://bucket?endpoint=…&region=…');
  const Bucket = parsed.hostname;
  const prefix = parsed.pathname.replace(/^\/+|\/+$/g, '');
  const full = (key: string) => (prefix ? `${prefix}/${key}` : key);
  const client = new S3Client({
    region: parsed.searchParams.get('region') ?? process.env.AWS_REGION ?? 'us-east-1',
    endpoint: parsed.searchParams.get('endpoint') ?? undefined,
    forcePathStyle: parsed.searchParams.get('forcePathStyle') === 'true',
    ...config,
  });
  const missing = (error: unknown) => {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
  };
  return {
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: full(key), Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: full(key) }));
        return out.Body as Readable;
      } catch (error) {
        if (missing(error)) throw new ObjectMissing(key);
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: full(key) }));
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: full(key) }));
        return true;
      } catch (error) {
        if (missing(error)) return false;
        throw error;
      }
    },
    async copy(from, to) {
      const source = `${Bucket}/${full(from)}`.split('/').map(encodeURIComponent).join('/');
      await client.send(new CopyObjectCommand({ Bucket, Key: full(to), CopySource: source }));
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix ? `${prefix}/` : undefined, ContinuationToken }));
        for (const o of page.Contents ?? []) {
          if (o.Key) yield { key: prefix ? o.Key.slice(prefix.length + 1) : o.Key, modified: o.LastModified ?? new Date(0) };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}

export function createObjectStore(url: string | undefined, dataDir: string): ObjectStore {
  if (!url || url.startsWith('file:')) return diskStore(url ? new URL(url).pathname : path.join(/*turbopackIgnore: true*/ dataDir, 'uploads'));
  return s3Store(url);
}

let current: { url: string | undefined; store: ObjectStore } | undefined;

/** The store of this process, from STORAGE_URL (local disk under DATA_DIR/uploads when unset). */
export function objectStore(): ObjectStore {
  // Keyed by the URL so that a test may point env.STORAGE_URL elsewhere.
  if (!current || current.url !== env.STORAGE_URL) current = { url: env.STORAGE_URL, store: createObjectStore(env.STORAGE_URL, env.DATA_DIR) };
  return current.store;
}

export async function readObject(key: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await objectStore().get(key)) chunks.push(Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

/** Removes bytes whose rows are gone; a failure is logged, never thrown: the orphan sweep removes what is left. */
export async function removeObjects(keys: readonly string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => objectStore().delete(key)));
  for (const r of results) if (r.status === 'rejected') console.error('[files] removing stored bytes failed; the sweep will retry', r.reason);
}
