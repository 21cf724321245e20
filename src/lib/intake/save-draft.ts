import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import { newCheckCode } from '@/lib/check-code';
import { keptAnswers } from './form-answers';
import { lockOwnDraft } from './own-draft';
import { saveDraftSchema, type SaveDraftInput } from './schemas';
import { appliableOnlineWhere } from '@/lib/catalog/online-application';

/** Enough for every item someone is working on; stops a script from filling the table. */
const MAX_OPEN_DRAFTS = 20;

/**
 * Saves what the applicant has typed so far as a DRAFT application (created on
 * the first save), so the form can be resumed later. Nothing is required yet;
 * the checks of a submission run when it is submitted. Drafts are the
 * applicant's scratch paper, not a case: no audit event, no message, and
 * nobody but the applicant sees them (see visibleApplications).
 */
export async function saveDraft(actor: Actor, input: SaveDraftInput, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const data = saveDraftSchema.parse(input);
  const version = await db.serviceItemVersion.findFirst({
    where: { id: data.versionId, status: 'PUBLISHED', ...appliableOnlineWhere },
    select: { id: true, formFields: true, situations: { select: { id: true } } },
  });
  if (!version) throw new AppError('NOT_FOUND');
  const fields = {
    versionId: version.id,
    situationIds: data.situationIds.filter((id) => version.situations.some((s) => s.id === id)),
    contactName: data.contactName,
    contactPhone: data.contactPhone,
  };
  // Kept as typed, unchecked: a half-filled number is fine in a draft.
  const answers = keptAnswers(formFieldsOf(version.formFields), data.answers);

  return db.$transaction(async (tx) => {
    if (data.draftId) {
      const draft = await lockOwnDraft(tx, actor, data.draftId);
      const saved = await tx.application.update({
        where: { id: draft.id },
        data: { ...fields, formData: { ...draft.data, note: data.note, answers } },
        select: { id: true, updatedAt: true },
      });
      return { id: saved.id, savedAt: saved.updatedAt };
    }
    // One applicant's saves are serialized, so the limit holds under parallel first saves.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`draft:${actor.id}`}))`;
    const open = await tx.application.count({ where: { applicantId: actor.id, status: 'DRAFT' } });
    if (open >= MAX_OPEN_DRAFTS) throw new AppError('INVALID_INPUT', { fieldErrors: { _form: ['tooManyDrafts'] } });
    const applicant = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { name: true, applicantKind: true, idNumber: true, companyName: true, creditCode: true },
    });
    const company = applicant.applicantKind === 'COMPANY';
    const created = await tx.application.create({
      data: {
        ...fields,
        applicantId: actor.id,
        applicantKind: applicant.applicantKind ?? 'PERSON',
        applicantName: company ? (applicant.companyName ?? applicant.name) : applicant.name,
        applicantIdNo: (company ? applicant.creditCode : applicant.idNumber) ?? '',
        formData: { note: data.note, answers, files: {} },
        channel: 'ONLINE',
        status: 'DRAFT',
        checkCode: newCheckCode(),
        createdAt: now,
      },
      select: { id: true, updatedAt: true },
    });
    return { id: created.id, savedAt: created.updatedAt };
  });
}
