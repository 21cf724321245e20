import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env } from '@/env';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { RefusedFile } from '@/lib/files/refused-file';
import { uploadsDir } from '@/lib/files/store-upload';
import { storeUploads } from '@/lib/files/store-uploads';
import { sendMessageWithFiles } from '@/lib/conversation/send-message-with-files';
import { actorOf, pdfBytes, submitOnline } from '../support/factories';

// Real, tiny files: a 1x1 PNG and the smallest baseline JPEG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const jpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const text = new TextEncoder().encode('这不是 PDF，只是改了扩展名的文本。\n');

async function refusalOf(promise: Promise<unknown>): Promise<{ code: string; refused: RefusedFile[]; fieldErrors: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) {
      return {
        code: error.code,
        refused: (error.details?.refused ?? []) as RefusedFile[],
        fieldErrors: (error.details?.fieldErrors ?? {}) as Record<string, string[]>,
      };
    }
    throw error;
  }
  throw new Error('expected the upload to be refused');
}

async function storedBytesCount(): Promise<number> {
  const files = await fs.readdir(uploadsDir(), { recursive: true }).catch(() => [] as string[]);
  let count = 0;
  for (const f of files) if ((await fs.stat(path.join(uploadsDir(), f))).isFile()) count++;
  return count;
}

describe('upload checks', () => {
  it('accepts real PDF, PNG and JPEG files and keeps their types from the bytes', async () => {
    const applicant = await actorOf('zhangsan');
    const stored = await storeUploads(applicant, [
      { field: 'material.a', name: '身份证.pdf', bytes: pdfBytes('id') },
      { field: 'material.a', name: '照片.png', bytes: png },
      { field: 'material.b', name: 'scan.jpeg', bytes: jpeg },
    ]);
    expect(stored['material.a'].map((f) => f.mimeType)).toEqual(['application/pdf', 'image/png']);
    expect(stored['material.b'].map((f) => f.mimeType)).toEqual(['image/jpeg']);
    const rows = await db.storedFile.findMany({ where: { ownerId: applicant.id }, select: { name: true, size: true } });
    expect(rows.map((r) => r.name).sort()).toEqual(['scan.jpeg', '照片.png', '身份证.pdf'].sort());
  });

  it('reports every refused file by name and reason, and stores nothing of the batch', async () => {
    const applicant = await actorOf('zhangsan');
    const rowsBefore = await db.storedFile.count();
    const bytesBefore = await storedBytesCount();
    const oversized = new Uint8Array(env.UPLOAD_MAX_BYTES + 1);
    oversized.set(pdfBytes('big'));
    const tooMany = Array.from({ length: env.UPLOAD_MAX_FILES + 1 }, (_, i) => ({ field: 'material.c', name: `第${i + 1}页.pdf`, bytes: pdfBytes(String(i)) }));

    const refusal = await refusalOf(
      storeUploads(applicant, [
        { field: 'material.a', name: '好的.pdf', bytes: pdfBytes('ok') },
        { field: 'material.a', name: '说明.pdf', bytes: text },
        { field: 'material.b', name: '大扫描件.pdf', bytes: oversized },
        ...tooMany,
      ]),
    );
    expect(refusal.code).toBe('FILE_TYPE');
    expect(refusal.refused).toEqual([
      { field: 'material.a', name: '说明.pdf', reason: 'FILE_TYPE' },
      { field: 'material.b', name: '大扫描件.pdf', reason: 'FILE_TOO_LARGE', limit: Math.round(env.UPLOAD_MAX_BYTES / 1048576) },
      { field: 'material.c', name: `第${env.UPLOAD_MAX_FILES + 1}页.pdf`, reason: 'TOO_MANY_FILES', limit: env.UPLOAD_MAX_FILES },
    ]);
    expect(refusal.fieldErrors).toEqual({ 'material.a': ['fileType'], 'material.b': ['fileTooLarge'], 'material.c': ['tooManyFiles'] });
    // The good files of a refused batch are not kept either: neither a record nor bytes on disk.
    expect(await db.storedFile.count()).toBe(rowsBefore);
    expect(await storedBytesCount()).toBe(bytesBefore);
  });

  it('refuses each kind on its own with its own code', async () => {
    const applicant = await actorOf('zhangsan');
    expect((await refusalOf(storeUploads(applicant, [{ field: 'f', name: 'renamed.pdf', bytes: text }]))).code).toBe('FILE_TYPE');
    const oversized = new Uint8Array(env.UPLOAD_MAX_BYTES + 1);
    oversized.set(png);
    expect((await refusalOf(storeUploads(applicant, [{ field: 'f', name: 'big.png', bytes: oversized }]))).code).toBe('FILE_TOO_LARGE');
    // Files already kept in a draft count against the limit: the next one is one too many.
    const one = await refusalOf(storeUploads(applicant, [{ field: 'f', name: 'extra.pdf', bytes: pdfBytes() }], { alreadyHeld: { f: env.UPLOAD_MAX_FILES } }));
    expect(one).toMatchObject({ code: 'TOO_MANY_FILES', refused: [{ field: 'f', name: 'extra.pdf', reason: 'TOO_MANY_FILES' }] });
    expect(await db.storedFile.count({ where: { ownerId: applicant.id } })).toBe(0);
  });

  it('names the refused attachment of a conversation message and sends nothing', async () => {
    const applicant = await actorOf('zhangsan');
    const { id } = await submitOnline(applicant, '普通护照签发');
    const messagesBefore = await db.applicationMessage.count({ where: { applicationId: id } });
    const files = [
      { field: 'files', name: '补充.pdf', bytes: pdfBytes('ok') },
      { field: 'files', name: '假的.jpg', bytes: text },
    ];
    const refusal = await refusalOf(sendMessageWithFiles(applicant, { applicationId: id, body: '请查收补充材料' }, files));
    expect(refusal.refused).toEqual([{ field: 'files', name: '假的.jpg', reason: 'FILE_TYPE' }]);
    expect(await db.applicationMessage.count({ where: { applicationId: id } })).toBe(messagesBefore);
  });
});
