import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getApplication } from '@/lib/applications/get-application';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { storeUpload } from '@/lib/files/store-upload';
import { attachDraftFiles } from '@/lib/intake/attach-draft-files';
import { getDraft } from '@/lib/intake/get-draft';
import { saveDraft } from '@/lib/intake/save-draft';
import { submitApplication } from '@/lib/intake/submit-application';
import { actorOf, pdfBytes, publishedVersion } from '../support/factories';
import { monday } from '../support/instants';

const ITEM = '公共场所卫生许可（新办）';

/** One stored PDF for every required material the applicant's library does not cover. */
async function uploadsFor(applicant: Actor, version: Awaited<ReturnType<typeof publishedVersion>>) {
  const held = await db.certificate.findMany({ where: { holderId: applicant.id }, select: { type: true } });
  const files: Record<string, string[]> = {};
  for (const m of version.materials.filter((m) => m.required && !(m.certificateType && held.some((c) => c.type === m.certificateType)))) {
    files[m.id] = [(await storeUpload(applicant, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) })).id];
  }
  return files;
}

const good = {
  placeName: ' 云帆宾馆 ',
  placeAddress: '示范县迎宾大道 8 号',
  placeCategory: '住宿场所（宾馆、旅店、招待所）',
  floorArea: '860.5',
  staffCount: '12',
  openingDate: '',
};

describe('the fields an item asks for', () => {
  it('reports a missing required field, a wrong number, date and choice each at its field, and files nothing', async () => {
    const applicant = await actorOf('qiye');
    const version = await publishedVersion(ITEM);
    const files = await uploadsFor(applicant, version);
    const base = { versionId: version.id, contactName: '李经理', contactPhone: '13800000002', files };
    const before = await db.application.count();

    const error = await submitApplication(
      applicant,
      { ...base, submitKey: randomUUID(), answers: { ...good, placeName: '  ', floorArea: '八百', openingDate: '2026-02-30', placeCategory: '网吧' } },
      monday,
    ).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      details: {
        fieldErrors: {
          'answers.placeName': ['required'],
          'answers.floorArea': ['notANumber'],
          'answers.openingDate': ['invalidDate'],
          'answers.placeCategory': ['notAnOption'],
        },
      },
    });
    expect(Object.keys((error as AppError).details!.fieldErrors as object).sort()).toEqual([
      'answers.floorArea',
      'answers.openingDate',
      'answers.placeCategory',
      'answers.placeName',
    ]);

    // Materials missing as well: one answer lists both, under the materials' code.
    const both = await submitApplication(applicant, { ...base, files: {}, submitKey: randomUUID(), answers: { ...good, staffCount: '' } }, monday).catch(
      (e: AppError) => e,
    );
    expect(both).toMatchObject({ code: 'MATERIALS_INCOMPLETE', details: { fieldErrors: expect.objectContaining({ 'answers.staffCount': ['required'] }) } });
    expect(Object.keys((both as AppError).details!.fieldErrors as object).some((k) => k.startsWith('material.'))).toBe(true);
    expect(await db.application.count()).toBe(before);
  });

  it('stores the answers next to the note and shows them to the clerk in the order of the item', async () => {
    const [applicant, clerk] = await Promise.all([actorOf('qiye'), actorOf('clerk')]);
    const version = await publishedVersion(ITEM);
    const { id } = await submitApplication(
      applicant,
      {
        versionId: version.id,
        submitKey: randomUUID(),
        contactName: '李经理',
        contactPhone: '13800000002',
        note: '请尽快现场核查',
        files: await uploadsFor(applicant, version),
        answers: { ...good, notAField: '丢弃' },
      },
      monday,
    );
    const stored = await db.application.findUniqueOrThrow({ where: { id }, select: { formData: true } });
    expect(stored.formData).toEqual({
      note: '请尽快现场核查',
      answers: {
        placeName: '云帆宾馆',
        placeAddress: '示范县迎宾大道 8 号',
        placeCategory: '住宿场所（宾馆、旅店、招待所）',
        floorArea: '860.5',
        staffCount: '12',
      },
    });

    const seen = await getApplication(clerk, id);
    expect(seen.note).toBe('请尽快现场核查');
    expect(seen.answers).toEqual([
      { key: 'placeName', label: '场所名称', kind: 'text', value: '云帆宾馆' },
      { key: 'placeAddress', label: '经营地址', kind: 'text', value: '示范县迎宾大道 8 号' },
      { key: 'placeCategory', label: '场所类别', kind: 'select', value: '住宿场所（宾馆、旅店、招待所）' },
      { key: 'floorArea', label: '营业面积(㎡)', kind: 'number', value: '860.5' },
      { key: 'staffCount', label: '从业人员数', kind: 'number', value: '12' },
      { key: 'openingDate', label: '拟开业日期', kind: 'date', value: null },
    ]);
    // Someone else's applicant sees nothing of it.
    await expect(getApplication(await actorOf('zhangsan'), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps half-typed answers in a draft, through file uploads, and checks them only on submission', async () => {
    const applicant = await actorOf('qiye');
    const version = await publishedVersion(ITEM);
    const draft = await saveDraft(
      applicant,
      {
        versionId: version.id,
        contactName: '李经理',
        contactPhone: '13800000002',
        answers: JSON.stringify({ placeName: '云帆宾馆', floorArea: '86', other: 'x' }),
      },
      monday,
    );
    const files = await uploadsFor(applicant, version);
    for (const [materialId, fileIds] of Object.entries(files)) await attachDraftFiles(applicant, { draftId: draft.id, materialId, fileIds });
    expect((await getDraft(applicant, draft.id)).answers).toEqual({ placeName: '云帆宾馆', floorArea: '86' });

    await saveDraft(
      applicant,
      { draftId: draft.id, versionId: version.id, contactName: '李经理', contactPhone: '13800000002', answers: { placeName: '云帆宾馆', floorArea: '860.' } },
      monday,
    );
    const resumed = await getDraft(applicant, draft.id);
    expect(resumed.answers).toEqual({ placeName: '云帆宾馆', floorArea: '860.' });
    expect(Object.keys(resumed.files).sort()).toEqual(Object.keys(files).sort());

    const submit = (answers: Record<string, string>) =>
      submitApplication(
        applicant,
        { versionId: version.id, submitKey: randomUUID(), draftId: draft.id, contactName: '李经理', contactPhone: '13800000002', answers },
        monday,
      );
    await expect(submit(resumed.answers)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { 'answers.floorArea': ['notANumber'], 'answers.placeAddress': ['required'] } },
    });
    const { id } = await submit({ ...good, floorArea: '860' });
    expect(id).toBe(draft.id);
    expect((await getApplication(await actorOf('clerk'), id)).answers.find((a) => a.key === 'floorArea')?.value).toBe('860');
  });
});
