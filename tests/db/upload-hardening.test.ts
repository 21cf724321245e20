import fs from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { env } from '@/env';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { sendMessageWithFiles } from '@/lib/conversation/send-message-with-files';
import { uploadsDir } from '@/lib/files/store-upload';
import { storeUploads, withStoredUploads } from '@/lib/files/store-uploads';
import { sweepOrphanFiles } from '@/lib/files/sweep-orphan-files';
import { attachDraftFiles } from '@/lib/intake/attach-draft-files';
import { materialFieldsOf } from '@/lib/intake/material-fields';
import { pickLibraryFile } from '@/lib/intake/pick-library-file';
import { saveDraft } from '@/lib/intake/save-draft';
import { submitApplication } from '@/lib/intake/submit-application';
import { actorOf, pdfBytes, publishedVersion, submitOnline } from '../support/factories';
import { codeOf } from '../support/errors';

const ITEM = '普通护照签发';

async function filesOnDisk(): Promise<number> {
  const names = await fs.readdir(uploadsDir(), { recursive: true }).catch(() => [] as string[]);
  let count = 0;
  for (const name of names) if ((await fs.stat(path.join(uploadsDir(), String(name)))).isFile()) count++;
  return count;
}

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('nothing stays stored from a refused request (issue 14, point 10)', () => {
  it('a message with files on someone else’s case is refused and leaves no file, row or bytes', async () => {
    const owner = await actorOf('zhangsan');
    const stranger = await actorOf('qiye');
    const { id } = await submitOnline(owner, ITEM);
    const rows = await db.storedFile.count();
    const bytes = await filesOnDisk();
    const files = Array.from({ length: 5 }, (_, i) => ({ field: 'files', name: `附件${i}.pdf`, bytes: pdfBytes(`x${i}`) }));
    expect(await codeOf(sendMessageWithFiles(stranger, { applicationId: id, body: '看看' }, files))).toBe('NOT_FOUND');
    expect(await db.storedFile.count()).toBe(rows);
    expect(await filesOnDisk()).toBe(bytes);
  });

  it('a submission the use case refuses (another applicant’s draft) keeps none of its files', async () => {
    const applicant = await actorOf('zhangsan');
    const other = await actorOf('qiye');
    const version = await publishedVersion(ITEM);
    const draft = await saveDraft(other, { versionId: version.id });
    const rows = await db.storedFile.count();
    const bytes = await filesOnDisk();
    const fields = await materialFieldsOf(version.id);
    const entries = Array.from({ length: 8 }, (_, i) => ({ field: fields[0], name: `第${i}页.pdf`, bytes: pdfBytes(`p${i}`) }));
    const refused = withStoredUploads(applicant, entries, { fields }, (stored) =>
      submitApplication(applicant, {
        versionId: version.id,
        draftId: draft.id,
        submitKey: crypto.randomUUID(),
        contactName: '张三',
        contactPhone: '13800000001',
        files: { [fields[0].slice('material.'.length)]: stored[fields[0]].map((f) => f.id) },
      }),
    );
    expect(await codeOf(refused)).toBe('NOT_FOUND');
    expect(await db.storedFile.count()).toBe(rows);
    expect(await filesOnDisk()).toBe(bytes);
  });

  it('accepts files only under the item’s own materials, before storing any', async () => {
    const applicant = await actorOf('zhangsan');
    const version = await publishedVersion(ITEM);
    const fields = await materialFieldsOf(version.id);
    const rows = await db.storedFile.count();
    const entries = [
      { field: fields[0], name: 'ok.pdf', bytes: pdfBytes('ok') },
      ...Array.from({ length: 100 }, (_, i) => ({ field: `material.junk${i}`, name: `${i}.pdf`, bytes: pdfBytes(String(i)) })),
    ];
    const error = await storeUploads(applicant, entries, { fields }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    expect(Object.keys((error as AppError).details!.fieldErrors as object)).toContain('material.junk0');
    expect(await db.storedFile.count()).toBe(rows);
  });

  it('keeps each account under its storage quota', async () => {
    const applicant = await actorOf('zhangsan');
    const [first] = (await storeUploads(applicant, [{ field: 'f', name: 'a.pdf', bytes: pdfBytes('a') }])).f;
    // The account already holds all but a few bytes of its quota.
    await db.storedFile.update({ where: { id: first.id }, data: { size: env.UPLOAD_QUOTA_BYTES - 10 } });
    expect(await codeOf(storeUploads(applicant, [{ field: 'f', name: 'b.pdf', bytes: pdfBytes('b') }]))).toBe('STORAGE_QUOTA');
    // Another account is not affected.
    expect(await codeOf(storeUploads(await actorOf('qiye'), [{ field: 'f', name: 'c.pdf', bytes: pdfBytes('c') }]))).toBe('OK');
  });

  it('the sweep removes unreferenced uploads after the grace period, and bytes without a row, and nothing in use', async () => {
    const applicant = await actorOf('zhangsan');
    const version = await publishedVersion(ITEM);
    await submitOnline(applicant, ITEM);
    const stored = await storeUploads(applicant, [
      { field: 'loose', name: 'loose.pdf', bytes: pdfBytes('loose') },
      { field: 'draft', name: 'draft.pdf', bytes: pdfBytes('draft') },
      { field: 'fresh', name: 'fresh.pdf', bytes: pdfBytes('fresh') },
    ]);
    const draft = await saveDraft(applicant, { versionId: version.id });
    await attachDraftFiles(applicant, { draftId: draft.id, materialId: version.materials[0].id, fileIds: [stored.draft[0].id] });
    const old = new Date(Date.now() - 2 * env.ORPHAN_FILE_GRACE_MS);
    await db.storedFile.updateMany({ where: { id: { in: [stored.loose[0].id, stored.draft[0].id] } }, data: { createdAt: old } });
    await db.storedFile.updateMany({ where: { materialId: { not: null } }, data: { createdAt: old } });
    const stray = path.join(uploadsDir(), '2020', 'stray.pdf');
    await fs.mkdir(path.dirname(stray), { recursive: true });
    await fs.writeFile(stray, pdfBytes('stray'));
    await fs.utimes(stray, old, old);
    const looseKey = (await db.storedFile.findUniqueOrThrow({ where: { id: stored.loose[0].id } })).storageKey;
    const attached = await db.storedFile.count({ where: { materialId: { not: null } } });

    const removed = await sweepOrphanFiles();
    expect(removed).toEqual({ rows: 1, bytes: 1 });
    expect(await db.storedFile.findUnique({ where: { id: stored.loose[0].id } })).toBeNull();
    await expect(fs.stat(path.join(uploadsDir(), looseKey))).rejects.toThrow();
    await expect(fs.stat(stray)).rejects.toThrow();
    expect(await db.storedFile.findUnique({ where: { id: stored.draft[0].id } })).not.toBeNull();
    expect(await db.storedFile.findUnique({ where: { id: stored.fresh[0].id } })).not.toBeNull();
    expect(await db.storedFile.count({ where: { materialId: { not: null } } })).toBe(attached);
  });

  it('a refused library pick neither creates nor changes a draft (point 12)', async () => {
    const applicant = await actorOf('zhangsan');
    const version = await publishedVersion(ITEM);
    const drafts = await db.application.count({ where: { applicantId: applicant.id, status: 'DRAFT' } });
    const rows = await db.storedFile.count();
    const pick = pickLibraryFile(applicant, {
      versionId: version.id,
      situationIds: [],
      contactName: '',
      contactPhone: '',
      note: '改了',
      answers: {},
      materialId: version.materials[0].id,
      sourceFileId: 'no-such-file',
    });
    expect(await codeOf(pick)).toBe('NOT_FOUND');
    expect(await db.application.count({ where: { applicantId: applicant.id, status: 'DRAFT' } })).toBe(drafts);
    expect(await db.storedFile.count()).toBe(rows);
  });
});

describe('uploads refused cleanly and stored safely (point 11)', () => {
  const pdf = (body: string) => latin1(`%PDF-1.7\n${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

  it('refuses PDFs with JavaScript or actions, in plain, escaped and compressed form, and HTML after the header', async () => {
    const applicant = await actorOf('zhangsan');
    const objStm = deflateSync(Buffer.from('5 0 << /S /JavaScript /JS (app.alert(1)) >>', 'latin1'));
    const cases = {
      openAction: pdf('1 0 obj << /Type /Catalog /Open#41ction << /S /Named /N /Print >> >> endobj'),
      js: pdf('5 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj'),
      escaped: pdf('5 0 obj << /S /J#61vaScript /J#53 (x) >> endobj'),
      launch: pdf('5 0 obj << /S /Launch /F (cmd.exe) >> endobj'),
      compressed: latin1(
        `%PDF-1.7\n4 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${objStm.length} >>\nstream\n${objStm.toString('latin1')}\nendstream\nendobj\n%%EOF\n`,
      ),
      html: pdf('<html><body><script>alert(document.cookie)</script></body></html>'),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const error = await storeUploads(applicant, [{ field: 'f', name: `${name}.pdf`, bytes }]).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(AppError);
      expect((error as AppError).code, name).toBe('FILE_UNSAFE');
      expect((error as AppError).details?.refused, name).toEqual([{ field: 'f', name: `${name}.pdf`, reason: 'FILE_UNSAFE' }]);
    }
    // Opening at a page (a destination, not an action) is what many producers write: accepted.
    expect(
      await codeOf(
        storeUploads(applicant, [{ field: 'f', name: 'view.pdf', bytes: pdf('1 0 obj << /Type /Catalog /OpenAction [3 0 R /XYZ null null 0] >> endobj') }]),
      ),
    ).toBe('OK');
    // A plain PDF whose compressed page content happens to hold such bytes is still accepted.
    const content = Buffer.concat([
      Buffer.from('%PDF-1.7\n3 0 obj << /Length 12 /Filter /FlateDecode >>\nstream\n', 'latin1'),
      Buffer.from('/JS <script '),
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    expect(await codeOf(storeUploads(applicant, [{ field: 'f', name: 'plain.pdf', bytes: new Uint8Array(content) }]))).toBe('OK');
  });

  it('stores a file name without control characters or direction overrides, with the extension of its type', async () => {
    const applicant = await actorOf('zhangsan');
    const stored = await storeUploads(applicant, [
      { field: 'f', name: 'scan\u0000\u0007.pdf', bytes: pdfBytes('a') },
      { field: 'f', name: 'invoice\u202Efdp.exe', bytes: pdfBytes('b') },
      { field: 'f', name: '../../page.html', bytes: pdfBytes('c') },
    ]);
    expect(stored.f.map((f) => f.name)).toEqual(['scan.pdf', 'invoicefdp.exe.pdf', '_.._page.html.pdf']);
  });
});
