import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { ApplicantKind, Channel } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { newCheckCode } from '@/lib/check-code';
import { loadClock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import type { Tx } from '@/lib/db';
import { fileApplication, type FiledMaterial } from '@/lib/intake/file-application';
import { checkAnswers } from '@/lib/intake/form-answers';
import { INTAKE_LIMIT_DAYS } from '@/lib/intake/limits';
import type { BundleGuide } from './get-bundle-guide';
import type { tailorBundle } from './rules';

export type Tailored = ReturnType<typeof tailorBundle<BundleGuide['members'][number]>>;

/** 一表申请: the one form's answers checked against every member's fields; each member keeps the answers to its own fields. */
export function checkBundleAnswers(tailored: Tailored, given: Record<string, string>) {
  const fieldErrors: Record<string, string[]> = {};
  const answersOf = new Map<string, Record<string, string>>();
  for (const member of tailored.members) {
    const checked = checkAnswers([...member.fields], given);
    answersOf.set(member.code, checked.answers);
    Object.assign(fieldErrors, checked.fieldErrors);
  }
  return { answersOf, fieldErrors };
}

/**
 * The materials that a prerequisite member's result will be (docs/bundles-flow.md):
 * filed as coming from an e-certificate not issued yet, with the member it
 * comes from as the reason; advanceBundle attaches the certificate before the
 * member opens.
 */
function fromMemberMaterials(tailored: Tailored): Map<string, FiledMaterial[]> {
  const out = new Map<string, FiledMaterial[]>();
  for (const f of tailored.fromMembers) {
    for (const use of f.uses) {
      const list = out.get(use.memberCode) ?? [];
      list.push({
        requirementId: use.requirement.id,
        name: use.requirement.name,
        status: 'FROM_CERTIFICATE',
        reason: fromMemberReason(f.producer.name),
        certificateId: null,
        fileIds: [],
      });
      out.set(use.memberCode, list);
    }
  }
  return out;
}

function fromMemberReason(producerName: string): string {
  return `由本件“${producerName}”办结后的结果自动获取`;
}

/**
 * Files a bundle case and one member case per member that applies, in the
 * caller's transaction: the one way an online bundle application and a walk-in
 * one at the window create a case. Members send no message of their own.
 */
export async function fileBundleCase(
  tx: Tx,
  args: {
    actor: Actor;
    bundle: { guide: Pick<BundleGuide, 'id' | 'code' | 'name'>; choice: { situations: string[] }; tailored: Tailored };
    applicant: { id: string; kind: ApplicantKind; name: string; idNo: string };
    contact: { name: string; phone: string };
    note: string;
    answersOf: Map<string, Record<string, string>>;
    filed: Map<string, FiledMaterial[]>;
    channel: Channel;
    submitKey: string;
    registeredById?: string | null;
    windowId?: string | null;
    auditData?: Record<string, Prisma.InputJsonValue>;
  },
  now: Date,
): Promise<{ id: string }> {
  const { calendar, hours } = await loadClock();
  const fromMembers = fromMemberMaterials(args.bundle.tailored);
  const bundleCase = await tx.bundleCase.create({
    data: {
      checkCode: newCheckCode(),
      bundleVersionId: args.bundle.guide.id,
      applicantId: args.applicant.id,
      applicantName: args.applicant.name,
      channel: args.channel,
      situations: args.bundle.choice.situations,
      submitKey: args.submitKey,
      submittedAt: now,
      intakeDueAt: dueDate({ acceptedAt: now, limitDays: INTAKE_LIMIT_DAYS, calendar, hours, now }),
    },
    select: { id: true },
  });
  for (const member of args.bundle.tailored.members) {
    await fileApplication(
      tx,
      {
        actor: args.actor,
        version: { id: member.versionId, name: member.name },
        applicant: args.applicant,
        contact: args.contact,
        situationIds: [],
        formData: { note: args.note, answers: args.answersOf.get(member.code) ?? {} },
        channel: args.channel,
        registeredById: args.registeredById ?? null,
        windowId: args.windowId ?? null,
        submitKey: `${args.submitKey}:${member.code}`,
        materials: [...(args.filed.get(member.code) ?? []), ...(fromMembers.get(member.code) ?? [])],
        auditData: { channel: args.channel, bundle: args.bundle.guide.code },
        message: null,
        bundleCaseId: bundleCase.id,
      },
      now,
    );
  }
  await recordAudit(tx, {
    actor: args.actor,
    entity: 'BundleCase',
    entityId: bundleCase.id,
    action: 'submit',
    to: 'SUBMITTED',
    data: {
      bundle: args.bundle.guide.code,
      channel: args.channel,
      members: args.bundle.tailored.members.map((m) => m.code),
      situations: args.bundle.choice.situations,
      ...args.auditData,
    },
  });
  return bundleCase;
}
