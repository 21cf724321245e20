import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Clock } from '@/lib/clock/clock-settings';
import type { Tx } from '@/lib/db';
import { transitionApplication } from '@/lib/applications/transition';
import { acceptApplicationInTx } from '@/lib/intake/accept-application';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { recordAudit } from '@/lib/audit/record-audit';

/** A member case's receipt sub-number: the bundle's number and the member's place in the bundle. */
export function subNumber(bundleReceipt: string, sort: number): string {
  return `${bundleReceipt}-${String(sort + 1).padStart(2, '0')}`;
}

const CONCLUDED = ['DECIDED', 'DELIVERED', 'REJECTED', 'WITHDRAWN'] as const;

/** Reads a bundle case's members with what the dependency rules need, under the caller's row lock. */
export async function loadBundleMembers(tx: Tx, bundleCaseId: string) {
  const bundleCase = await tx.bundleCase.findUniqueOrThrow({
    where: { id: bundleCaseId },
    select: {
      id: true,
      status: true,
      receiptNumber: true,
      applicantId: true,
      acceptedById: true,
      bundleVersion: { select: { name: true, members: { select: { sort: true, dependsOn: true, item: { select: { basicCode: true } } } } } },
      members: {
        select: { id: true, status: true, decision: true, receiptNumber: true, version: { select: { name: true, item: { select: { basicCode: true } } } } },
      },
    },
  });
  const rule = new Map(bundleCase.bundleVersion.members.map((m) => [m.item.basicCode, m]));
  const members = bundleCase.members.map((a) => {
    const code = a.version.item.basicCode;
    return { ...a, code, name: a.version.name, sort: rule.get(code)?.sort ?? 0, dependsOn: rule.get(code)?.dependsOn ?? [] };
  });
  return { bundleCase, members };
}

/**
 * Moves a bundle on after its acceptance or a member's conclusion, in the
 * caller's transaction (the bundle case row locked): waiting members whose
 * prerequisites are all approved are accepted (串联), waiting members with a
 * denied or refused prerequisite are stopped with their own dependents (the
 * applicant and the window told which go on), and when every member has
 * concluded the bundle concludes with one notice listing every result.
 */
export async function advanceBundle(tx: Tx, args: { bundleCaseId: string; actor: Actor; windowActor: Actor; clock: Clock; now: Date }) {
  const { bundleCaseId, actor, windowActor, clock, now } = args;
  await tx.$executeRaw`SELECT 1 FROM "BundleCase" WHERE id = ${bundleCaseId} FOR UPDATE`;
  const { bundleCase, members } = await loadBundleMembers(tx, bundleCaseId);
  if (bundleCase.status !== 'IN_PROGRESS' || !bundleCase.receiptNumber) return;
  const present = new Set(members.map((m) => m.code));
  const stopped: string[] = [];
  const opened: [string, string][] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const m of members) {
      if (m.status !== 'SUBMITTED') continue;
      const prerequisites = members.filter((p) => m.dependsOn.includes(p.code) && present.has(p.code));
      const failed = prerequisites.find(
        (p) => ['REJECTED', 'WITHDRAWN'].includes(p.status) || (p.decision === 'DENIED' && (p.status === 'DECIDED' || p.status === 'DELIVERED')),
      );
      if (failed) {
        const reason = `前置事项“${failed.name}”未获办理，本事项终止`;
        await transitionApplication(tx, {
          applicationId: m.id,
          from: ['SUBMITTED'],
          to: 'WITHDRAWN',
          actor,
          action: 'bundle-stop',
          reason,
          set: { closedReason: reason },
        });
        m.status = 'WITHDRAWN';
        stopped.push(m.name);
        changed = true;
        continue;
      }
      if (prerequisites.every((p) => p.decision === 'APPROVED' && (p.status === 'DECIDED' || p.status === 'DELIVERED'))) {
        const receiptNumber = subNumber(bundleCase.receiptNumber, m.sort);
        await attachMemberResults(tx, { applicationId: m.id, bundleCaseId, actor });
        await acceptApplicationInTx(tx, { actor: windowActor, applicationId: m.id, clock, now, receiptNumber, notify: false });
        const after = await tx.application.findUniqueOrThrow({ where: { id: m.id }, select: { status: true } });
        m.status = after.status;
        opened.push([m.name, receiptNumber]);
      }
    }
  }
  if (stopped.length > 0) {
    const goingOn = members.filter((m) => !CONCLUDED.includes(m.status as never)).map((m) => m.name);
    for (const recipientId of new Set([bundleCase.applicantId, bundleCase.acceptedById].filter((x): x is string => !!x))) {
      await enqueueMessage(tx, {
        recipientId,
        message: { key: 'bundleMembersStopped', values: { bundle: bundleCase.bundleVersion.name, stopped, goingOn, goingOnCount: goingOn.length } },
        link: recipientId === bundleCase.applicantId ? `/me/bundles/${bundleCaseId}` : `/desk/bundles/${bundleCaseId}`,
        ...(recipientId === bundleCase.applicantId ? { external: ['EMAIL' as const, 'SMS' as const] } : {}),
      });
    }
  }
  if (opened.length > 0 && actor.id !== windowActor.id) {
    await enqueueMessage(tx, {
      recipientId: bundleCase.applicantId,
      message: { key: 'bundleMembersOpened', values: { bundle: bundleCase.bundleVersion.name, openedPairs: opened } },
      link: `/me/bundles/${bundleCaseId}`,
    });
  }
  if (members.every((m) => CONCLUDED.includes(m.status as never))) {
    // Every member refused at intake: the bundle as a whole was not accepted.
    const to = members.every((m) => m.status === 'REJECTED') ? 'REJECTED' : 'CONCLUDED';
    await tx.bundleCase.update({ where: { id: bundleCaseId }, data: { status: to, concludedAt: now, lock: { increment: 1 } } });
    await recordAudit(tx, { actor, entity: 'BundleCase', entityId: bundleCaseId, action: 'conclude', from: 'IN_PROGRESS', to });
    if (to === 'REJECTED') return;
    const results = await tx.application.findMany({
      where: { bundleCaseId },
      select: { status: true, decision: true, version: { select: { name: true, resultName: true } }, certificates: { select: { number: true } } },
    });
    const decided = results.filter((r) => r.status === 'DECIDED' || r.status === 'DELIVERED');
    const approved = decided.filter((r) => r.decision === 'APPROVED');
    const namesOf = (rows: typeof results) => rows.map((r) => r.version.name);
    const [denied, rejected] = [namesOf(decided.filter((r) => r.decision !== 'APPROVED')), namesOf(results.filter((r) => r.status === 'REJECTED'))];
    const stoppedItems = namesOf(results.filter((r) => !decided.includes(r) && r.status !== 'REJECTED'));
    const certificates = approved.flatMap((r) => r.certificates.map((c) => c.number));
    await enqueueMessage(tx, {
      recipientId: bundleCase.applicantId,
      message: {
        key: 'bundleConcluded',
        values: {
          bundle: bundleCase.bundleVersion.name,
          approvedPairs: approved.map((r): [string, string] => [r.version.name, r.version.resultName]),
          approvedCount: approved.length,
          certificates,
          certificateCount: certificates.length,
          denied,
          deniedCount: denied.length,
          rejected,
          rejectedCount: rejected.length,
          stopped: stoppedItems,
          stoppedCount: stoppedItems.length,
        },
      },
      link: `/me/bundles/${bundleCaseId}`,
      external: ['EMAIL', 'SMS'],
    });
  }
}

/**
 * A member's materials that are another member's result (filed as coming from
 * an e-certificate not issued yet, file-bundle-case.ts) get that certificate,
 * issued by a member of the same bundle case, before the member opens: the
 * applicant never hands it in and the reviewer finds it with the case.
 */
async function attachMemberResults(tx: Tx, args: { applicationId: string; bundleCaseId: string; actor: Actor }) {
  const waiting = await tx.applicationMaterial.findMany({
    where: { applicationId: args.applicationId, status: 'FROM_CERTIFICATE', certificateId: null, requirement: { certificateType: { not: null } } },
    select: { id: true, name: true, requirement: { select: { certificateType: true } } },
  });
  for (const material of waiting) {
    const certificate = await tx.certificate.findFirst({
      where: { type: material.requirement!.certificateType!, status: 'VALID', application: { bundleCaseId: args.bundleCaseId } },
      orderBy: { issuedAt: 'desc' },
      select: { id: true, number: true },
    });
    if (!certificate) continue;
    await tx.applicationMaterial.update({ where: { id: material.id }, data: { certificateId: certificate.id } });
    await recordAudit(tx, {
      actor: args.actor,
      entity: 'Application',
      entityId: args.applicationId,
      applicationId: args.applicationId,
      action: 'bundle-attach-result',
      data: { material: material.name, certificate: certificate.number },
    });
  }
}

/** The window user who accepted the bundle, as the actor of its later acceptances (the clock and the record name them). */
async function bundleWindowActor(tx: Tx, bundleCaseId: string): Promise<Actor | null> {
  const c = await tx.bundleCase.findUnique({ where: { id: bundleCaseId }, select: { acceptedById: true } });
  if (!c?.acceptedById) return null;
  return tx.user.findUniqueOrThrow({ where: { id: c.acceptedById }, select: { id: true, name: true, role: true, departmentId: true, windowId: true } });
}

/**
 * Called where a member case concludes (a department's decision, the window's
 * 即办 decision): a case outside any bundle is left alone.
 */
export async function afterMemberConcluded(tx: Tx, args: { applicationId: string; actor: Actor; clock: Clock; now: Date }) {
  const { bundleCaseId } = await tx.application.findUniqueOrThrow({ where: { id: args.applicationId }, select: { bundleCaseId: true } });
  if (!bundleCaseId) return;
  const windowActor = (await bundleWindowActor(tx, bundleCaseId)) ?? args.actor;
  await advanceBundle(tx, { bundleCaseId, actor: args.actor, windowActor, clock: args.clock, now: args.now });
}
