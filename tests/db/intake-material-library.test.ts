import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { copyLibraryFile } from '@/lib/files/copy-library-file';
import { listMaterialLibrary } from '@/lib/files/list-material-library';
import { readStoredFile } from '@/lib/files/read-stored-file';
import { storeUpload, uploadsDir } from '@/lib/files/store-upload';
import { attachDraftFiles } from '@/lib/intake/attach-draft-files';
import { getDraft } from '@/lib/intake/get-draft';
import { removeDraftFile } from '@/lib/intake/remove-draft-file';
import { saveDraft } from '@/lib/intake/save-draft';
import { actorOf, pdfBytes, publishedVersion, submitOnline } from '../support/factories';
import { codeOf } from '../support/errors';

const ITEM = '普通护照签发';

/** The applicant's file handed in for `materialName` on an earlier case. */
async function earlierFile(ownerId: string, materialName: string) {
  return db.storedFile.findFirstOrThrow({ where: { ownerId, material: { name: materialName } } });
}

describe('the material library of earlier uploads', () => {
  it('offers the applicant’s own earlier document for a material of the same name and reuses its bytes in a new draft', async () => {
    const applicant = await actorOf('zhangsan');
    await submitOnline(applicant, ITEM);
    const version = await publishedVersion(ITEM);
    const requirement = await db.applicationMaterial.findFirstOrThrow({
      where: { application: { applicantId: applicant.id }, files: { some: {} } },
      select: { requirementId: true, name: true },
    });
    const material = version.materials.find((m) => m.id === requirement.requirementId)!;
    const original = await earlierFile(applicant.id, material.name);

    // A file chosen in a draft only is not in the library.
    const loose = await storeUpload(applicant, { name: 'draft-only.pdf', bytes: pdfBytes('draft only') });
    const library = await listMaterialLibrary(
      applicant,
      version.materials.map((m) => m.id),
    );
    expect(library.files[material.id].map((f) => f.id)).toEqual([original.id]);
    expect(library.files[material.id][0]).toMatchObject({ name: original.name, itemName: ITEM });
    expect(
      Object.values(library.files)
        .flat()
        .map((f) => f.id),
    ).not.toContain(loose.id);
    expect(library.copiedIds).toEqual([]);

    const copy = await copyLibraryFile(applicant, { sourceFileId: original.id, requirementId: material.id });
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: copy.id } });
    expect(row).toMatchObject({
      ownerId: applicant.id,
      materialId: null,
      name: original.name,
      sha256: original.sha256,
      size: original.size,
      mimeType: original.mimeType,
    });
    expect(row.id).not.toBe(original.id);
    expect(row.storageKey).not.toBe(original.storageKey);
    // The same bytes on disk: a hard link, not a second copy.
    const [a, b] = await Promise.all([fs.stat(path.join(uploadsDir(), original.storageKey)), fs.stat(path.join(uploadsDir(), row.storageKey))]);
    expect(b.ino).toBe(a.ino);
    expect(Buffer.from((await readStoredFile(applicant, copy.id)).bytes).equals(Buffer.from((await readStoredFile(applicant, original.id)).bytes))).toBe(true);

    // In a draft it counts as uploaded, and is recognised as coming from the library.
    const draft = await saveDraft(applicant, { versionId: version.id, contactName: applicant.name, contactPhone: '13800000001' });
    await attachDraftFiles(applicant, { draftId: draft.id, materialId: material.id, fileIds: [copy.id] });
    expect((await getDraft(applicant, draft.id)).files[material.id].map((f) => f.id)).toEqual([copy.id]);
    expect((await listMaterialLibrary(applicant, [material.id])).copiedIds).toEqual([copy.id]);

    // Taking it out of the draft deletes the copy only; the earlier case keeps its document.
    await removeDraftFile(applicant, { draftId: draft.id, fileId: copy.id });
    expect(await db.storedFile.count({ where: { id: copy.id } })).toBe(0);
    expect((await readStoredFile(applicant, original.id)).bytes.byteLength).toBe(original.size);
  });

  it('never lets another applicant, or staff, pick someone else’s document', async () => {
    const [owner, other, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('qiye'), actorOf('clerk')]);
    await submitOnline(owner, ITEM);
    await submitOnline(other, ITEM);
    const version = await publishedVersion(ITEM);
    const used = await db.applicationMaterial.findFirstOrThrow({
      where: { application: { applicantId: owner.id }, files: { some: {} } },
      select: { requirementId: true, name: true },
    });
    const requirementId = used.requirementId!;
    const ownersFile = await earlierFile(owner.id, used.name);
    const othersFile = await earlierFile(other.id, used.name);

    const othersLibrary = await listMaterialLibrary(
      other,
      version.materials.map((m) => m.id),
    );
    const offered = Object.values(othersLibrary.files)
      .flat()
      .map((f) => f.id);
    expect(offered).toContain(othersFile.id);
    expect(offered).not.toContain(ownersFile.id);

    const before = await db.storedFile.count();
    expect(await codeOf(copyLibraryFile(other, { sourceFileId: ownersFile.id, requirementId }))).toBe('NOT_FOUND');
    expect(await codeOf(copyLibraryFile(clerk, { sourceFileId: ownersFile.id, requirementId }))).toBe('NOT_FOUND');
    expect(await codeOf(listMaterialLibrary(clerk, [requirementId]))).toBe('NOT_FOUND');
    // Nor one of the owner's own documents for a material of another name.
    const elsewhere = version.materials.find((m) => m.name !== used.name);
    if (elsewhere) expect(await codeOf(copyLibraryFile(owner, { sourceFileId: ownersFile.id, requirementId: elsewhere.id }))).toBe('NOT_FOUND');
    expect(await db.storedFile.count()).toBe(before);
  });
});
