// Demo bundle cases (一件事) for `npm start`, filed through the real use cases
// by prisma/demo-cases.ts: a restaurant partly concluded (the business license
// issued at the window, the food license opened after it, the sign permit
// waiting at the window), a newborn whose later members wait on the birth
// certificate, and a company opening waiting for intake.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../src/lib/auth/actor';
import { acceptBundle } from '../src/lib/bundles/accept-bundle';
import { getBundleGuide } from '../src/lib/bundles/get-bundle-guide';
import { tailorBundle } from '../src/lib/bundles/rules';
import { submitBundle } from '../src/lib/bundles/submit-bundle';
import { db } from '../src/lib/db';
import { heldCertificateWhere } from '../src/lib/library/list-held-certificates';
import { proposeImmediateDecision } from '../src/lib/routing/propose-immediate-decision';
import { reviewImmediateDecision } from '../src/lib/routing/review-immediate-decision';

type At = <T>(when: Date, step: () => Promise<T>) => Promise<T>;
type Scan = (owner: Actor, itemCode: string, material: string) => Promise<{ id: string }>;

async function applyForBundle(applicant: Actor, code: string, choice: { situations: string[]; optional: string[] }, when: Date, phone: string, scan: Scan) {
  const guide = await getBundleGuide(code);
  if (!guide) throw new Error(`no published bundle ${code}`);
  const tailored = tailorBundle(guide.members, choice);
  const held = await db.certificate.findMany({ where: heldCertificateWhere(applicant.id, when), select: { type: true } });
  const files: Record<string, string[]> = {};
  for (const m of tailored.materials) {
    if (m.certificateType && held.some((c) => c.type === m.certificateType)) continue;
    files[m.key] = [(await scan(applicant, code, m.name)).id];
  }
  const answers: Record<string, string> = {};
  for (const member of tailored.members) {
    for (const f of member.fields.filter((x) => x.required))
      answers[f.key] ??= f.kind === 'number' ? '320' : f.kind === 'date' ? '2026-12-20' : f.kind === 'select' ? f.options[0]! : `示范县${f.label}`;
  }
  return submitBundle(
    applicant,
    { bundleCode: code, submitKey: randomUUID(), ...choice, contactName: applicant.name, contactPhone: phone, answers, files },
    when,
  );
}

export async function fileDemoBundleCases(args: {
  at: At;
  ago: (k: number, hhmm: string) => Date;
  zhangsan: Actor;
  qiye: Actor;
  clerk: Actor;
  lead: Actor;
  scan: Scan;
}): Promise<number> {
  const { at, ago, zhangsan, qiye, clerk, lead, scan } = args;
  const memberOf = (bundleCaseId: string, code: string) =>
    db.application.findFirstOrThrow({ where: { bundleCaseId, version: { item: { basicCode: code } } }, select: { id: true } });

  // 开办餐饮店: a sign put up and a large dining room; the license issued on the spot, the rest under way.
  const restaurant = await at(ago(4, '09:30'), () =>
    applyForBundle(qiye, 'YJS-KBCYD', { situations: ['设置户外招牌', '经营场所面积超过300平方米'], optional: [] }, ago(4, '09:30'), '13800000002', scan),
  );
  await at(ago(4, '10:15'), () => acceptBundle(clerk, { bundleCaseId: restaurant.id }, ago(4, '10:15')));
  const license = await memberOf(restaurant.id, '000131128000');
  const proposal = await at(ago(4, '10:40'), () =>
    proposeImmediateDecision(clerk, { applicationId: license.id, decision: 'APPROVED', opinion: '材料齐全，符合登记条件' }, ago(4, '10:40')),
  );
  await at(ago(4, '11:00'), () => reviewImmediateDecision(lead, { proposalId: proposal.id, outcome: 'CONFIRM' }, ago(4, '11:00')));

  // 新生儿出生 with a social security card: the birth certificate first, the others wait on it.
  const newborn = await at(ago(2, '14:00'), () =>
    applyForBundle(zhangsan, 'YJS-XSECS', { situations: [], optional: ['512B0070200003'] }, ago(2, '14:00'), '13800000001', scan),
  );
  await at(ago(2, '15:30'), () => acceptBundle(clerk, { bundleCaseId: newborn.id }, ago(2, '15:30')));

  // 企业开办: submitted last evening, waiting for the window.
  await at(ago(1, '18:30'), () => applyForBundle(qiye, 'YJS-QYKB', { situations: [], optional: [] }, ago(1, '18:30'), '13800000002', scan));
  return 3;
}
