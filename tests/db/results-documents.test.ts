import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { storeUpload } from '@/lib/files/store-upload';
import { acceptApplication } from '@/lib/intake/accept-application';
import { listDisclosedResults } from '@/lib/results/list-disclosed-results';
import { renderCertificate } from '@/lib/results/render-certificate';
import { renderDecision } from '@/lib/results/render-decision';
import { proposeImmediateDecision } from '@/lib/routing/propose-immediate-decision';
import { reviewImmediateDecision } from '@/lib/routing/review-immediate-decision';
import { answerMaterialRequest } from '@/lib/routing/answer-material-request';
import { decideTask } from '@/lib/routing/decide-task';
import { getMaterialRequest } from '@/lib/routing/get-material-request';
import { startSuspension } from '@/lib/routing/start-suspension';
import { getApplication } from '@/lib/applications/get-application';
import { PRIVATE_LIFE_ITEMS } from '@/lib/catalog/disclosure';
import { actorOf, pdfBytes, submitOnline } from '../support/factories';
import { monday, thursday } from '../support/instants';

// Monday 2026-11-23 10:00 in Shanghai; no public holidays until New Year.
const tuesday10 = new Date('2026-11-24T02:00:00Z');

/** A passport case (行政许可, not disclosed: a travel document) accepted on Monday and decided by the county police. */
async function passportCase(decision: 'APPROVED' | 'DENIED' = 'APPROVED', applicantName = 'zhangsan', itemName = '普通护照签发') {
  const [applicant, clerk, police] = await Promise.all([actorOf(applicantName), actorOf('clerk'), actorOf('reviewer.ga')]);
  const { id } = await submitOnline(applicant, itemName, monday);
  const { receiptNumber } = await acceptApplication(clerk, id, monday);
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
  await decideTask(
    police,
    { taskId: task.id, decision, opinion: decision === 'DENIED' ? '申请人被人民法院通知有未了结的民事案件，不准出境。' : '' },
    tuesday10,
  );
  return { id, receiptNumber, applicant, clerk, police, task };
}

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString() === '%PDF-';

describe('decision documents and certificate PDFs', () => {
  it('renders the 准予 decision and the certificate for the applicant and the deciding department only', async () => {
    const { id, receiptNumber, applicant, police, clerk } = await passportCase();
    const [company, market] = await Promise.all([actorOf('qiye'), actorOf('reviewer.scj')]);

    const mine = await renderDecision(applicant, id);
    expect(isPdf(mine.bytes)).toBe(true);
    expect(mine.filename).toBe(`准予行政许可决定书-${receiptNumber}.pdf`);
    expect(isPdf((await renderDecision(police, id)).bytes)).toBe(true);
    expect(isPdf((await renderDecision(clerk, id)).bytes)).toBe(true);
    // Another applicant and a department without a task in the case see nothing.
    await expect(renderDecision(company, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(renderDecision(market, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const certificate = await db.certificate.findFirstOrThrow({ where: { applicationId: id }, select: { id: true, number: true, type: true } });
    expect(certificate.type).toBe('中华人民共和国普通护照');
    const pdf = await renderCertificate(applicant, certificate.id);
    expect(isPdf(pdf.bytes)).toBe(true);
    expect(pdf.filename).toBe(`中华人民共和国普通护照-${certificate.number}.pdf`);
    expect(isPdf((await renderCertificate(police, certificate.id)).bytes)).toBe(true);
    await expect(renderCertificate(company, certificate.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(renderCertificate(market, certificate.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The holder's library certificates (seeded, no case) are theirs to print too.
    const idCard = await db.certificate.findFirstOrThrow({ where: { holderId: applicant.id, type: '居民身份证' }, select: { id: true } });
    expect(isPdf((await renderCertificate(applicant, idCard.id)).bytes)).toBe(true);
    await expect(renderCertificate(clerk, idCard.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Loading the CJK font and rendering six PDFs takes a while on a busy machine.
  }, 90_000);

  it('renders a 不予 decision, and none for a case not yet decided', async () => {
    const { id, receiptNumber, applicant } = await passportCase('DENIED');
    const denial = await renderDecision(applicant, id);
    expect(isPdf(denial.bytes)).toBe(true);
    expect(denial.filename).toBe(`不予行政许可决定书-${receiptNumber}.pdf`);
    expect(await db.certificate.count({ where: { applicationId: id } })).toBe(0);

    const open = await submitOnline(applicant, '普通护照签发', monday);
    await expect(renderDecision(applicant, open.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('public disclosure of results', () => {
  const hotel = '旅馆业特种行业许可证核发';

  it('lists decided results of disclosed items only, with persons and their certificate numbers masked and companies in full', async () => {
    const person = await passportCase('APPROVED', 'zhangsan', hotel);
    const company = await passportCase('DENIED', 'qiye', hotel);
    // A passport (a travel document: never disclosed) decided the same day.
    const passport = await passportCase('APPROVED');
    // A 公共服务 item (not disclosed) decided at the window the same day.
    const [applicant, clerk, lead] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('lead')]);
    const hidden = await submitOnline(applicant, '《就业创业证》申领', monday);
    await acceptApplication(clerk, hidden.id, monday);
    const proposal = await proposeImmediateDecision(clerk, { applicationId: hidden.id, decision: 'APPROVED' }, monday);
    await reviewImmediateDecision(lead, { proposalId: proposal.id, outcome: 'CONFIRM' }, monday);
    // …and a disclosed item still under review.
    const undecided = await submitOnline(applicant, hotel, monday);
    await acceptApplication(clerk, undecided.id, monday);

    const list = await listDisclosedResults({});
    expect(list.results.map((r) => r.id).sort()).toEqual([person.id, company.id].sort());
    expect(list.next).toBeNull();
    const [personRow, companyRow] = [person.id, company.id].map((id) => list.results.find((r) => r.id === id)!);
    const zhang = await db.user.findUniqueOrThrow({ where: { username: 'zhangsan' }, select: { name: true, idNumber: true } });
    const qiye = await db.application.findUniqueOrThrow({ where: { id: company.id }, select: { applicantName: true, applicantIdNo: true } });
    expect(personRow).toMatchObject({ applicant: `${zhang.name[0]}*`, creditCode: null, decision: 'APPROVED', itemName: hotel, department: '示范县公安局' });
    const licence = await db.certificate.findFirstOrThrow({ where: { applicationId: person.id }, select: { number: true } });
    expect(personRow.certificateNumber).toBe(`${licence.number.slice(0, 3)}${'*'.repeat(licence.number.length - 7)}${licence.number.slice(-4)}`);
    expect(companyRow).toMatchObject({ applicant: qiye.applicantName, creditCode: qiye.applicantIdNo, decision: 'DENIED', certificateNumber: null });
    // An ID number, a person's name or certificate number, or the passport appears nowhere in what the page gets.
    const passportNumber = (await db.certificate.findFirstOrThrow({ where: { applicationId: passport.id }, select: { number: true } })).number;
    for (const secret of [zhang.idNumber!, zhang.name, licence.number, passportNumber, passport.id]) expect(JSON.stringify(list)).not.toContain(secret);

    const police = await db.department.findFirstOrThrow({ where: { name: '公安局', region: { level: 'COUNTY' } }, select: { id: true } });
    expect(list.departments.map((d) => d.id)).toEqual([police.id]);
    expect((await listDisclosedResults({ department: police.id })).results).toHaveLength(2);
    const market = await db.department.findFirstOrThrow({ where: { name: '市场监督管理局', region: { level: 'COUNTY' } }, select: { id: true } });
    expect((await listDisclosedResults({ department: market.id })).results).toEqual([]);
    // After the last result, nothing; a cursor that is not one means the first page.
    const last = list.results.at(-1)!;
    expect((await listDisclosedResults({ after: `${last.decidedAt.toISOString()}_${last.id}` })).results).toEqual([]);
    expect((await listDisclosedResults({ after: 'page-2' })).results).toEqual(list.results);
  });

  it("never discloses items about a person's identity, travel documents, household, marriage, assistance or health", async () => {
    const published = await db.serviceItemVersion.findMany({
      where: { status: 'PUBLISHED' },
      select: { name: true, type: true, disclose: true, item: { select: { basicCode: true } } },
    });
    expect(published).toHaveLength(68);
    for (const v of published) {
      const expected = v.type === 'LICENSING' && !(v.item.basicCode in PRIVATE_LIFE_ITEMS);
      expect(v.disclose, v.name).toBe(expected);
    }
    const privateLife = /身份证|护照|户口|户籍|婚|救助|低保|最低生活|援助|残疾|医学证明|医疗保险|失业/;
    const leaking = published.filter((v) => v.disclose && privateLife.test(v.name)).map((v) => v.name);
    expect(leaking).toEqual([]);
    expect(published.filter((v) => v.disclose).map((v) => v.name)).toEqual(
      expect.arrayContaining(['公司设立登记', '旅馆业特种行业许可证核发', '教师资格认定（幼儿园、小学、初级中学）']),
    );
  });

  it("shows no natural person's certificate number on any page of the disclosure", async () => {
    // Every disclosed licensing item decided for a person, and the private ones too.
    await passportCase('APPROVED', 'zhangsan', hotel);
    await passportCase('APPROVED');
    await passportCase('APPROVED', 'zhangsan', '户口迁移审批');
    const personal = await db.certificate.findMany({ where: { holder: { applicantKind: { not: 'COMPANY' } } }, select: { number: true } });
    expect(personal.length).toBeGreaterThan(3);
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listDisclosedResults({ after });
      expect(page.results.length).toBeGreaterThan(0);
      const shown = JSON.stringify(page);
      for (const { number } of personal) expect(shown).not.toContain(number);
      after = page.next ?? undefined;
      pages++;
    } while (after && pages < 100);
  });
});

describe('the applicant answers a request for more material', () => {
  it('ends the suspension, moves the due dates by the paused working days and tells the reviewer', async () => {
    const [applicant, clerk, police, company] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('reviewer.ga'), actorOf('qiye')]);
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
    await db.departmentTask.update({ where: { id: task.id }, data: { assigneeId: police.id } });
    const before = await db.application.findUniqueOrThrow({ where: { id }, select: { promisedDueAt: true, statutoryDueAt: true } });
    expect(before.promisedDueAt?.toISOString()).toBe('2026-12-02T09:00:00.000Z');

    const suspension = await startSuspension(police, { taskId: task.id, kind: 'AWAITING_APPLICANT', reason: '请补充近期免冠照片电子版' }, tuesday10);
    const request = await getMaterialRequest(applicant, id);
    expect(request).toMatchObject({ id: suspension.id, reason: '请补充近期免冠照片电子版', department: '公安局' });
    expect(await getMaterialRequest(company, id)).toBeNull();

    const photo = await storeUpload(applicant, { name: '照片.pdf', bytes: pdfBytes('photo') });
    const foreign = await storeUpload(company, { name: '他人文件.pdf', bytes: pdfBytes('other') });
    // Someone else's case, someone else's file, no file at all: refused.
    await expect(answerMaterialRequest(company, { suspensionId: suspension.id, fileIds: [foreign.id] }, thursday)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(answerMaterialRequest(applicant, { suspensionId: suspension.id, fileIds: [foreign.id] }, thursday)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(answerMaterialRequest(applicant, { suspensionId: suspension.id, fileIds: [] }, thursday)).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const outboxBefore = await db.outboxMessage.count({ where: { recipientId: police.id } });
    await answerMaterialRequest(applicant, { suspensionId: suspension.id, note: '照片已按要求补充。', fileIds: [photo.id] }, thursday);

    // Paused Tuesday 10:00 to Thursday 10:00: two working days, so Friday 4 and Wednesday 16 December, 17:00.
    const after = await db.application.findUniqueOrThrow({ where: { id }, select: { status: true, promisedDueAt: true, statutoryDueAt: true } });
    expect(after).toMatchObject({ status: 'IN_REVIEW' });
    expect(after.promisedDueAt?.toISOString()).toBe('2026-12-04T09:00:00.000Z');
    expect(after.statutoryDueAt?.toISOString()).toBe('2026-12-16T09:00:00.000Z');
    expect((await db.suspension.findUniqueOrThrow({ where: { id: suspension.id } })).endedAt).toEqual(thursday);

    // The new file is on the case the reviewer opens, and the reviewer is told.
    const seen = await getApplication(police, id);
    const added = seen.materials.find((m) => m.files.some((f) => f.id === photo.id));
    expect(added).toMatchObject({ status: 'PROVIDED', name: '补充材料：请补充近期免冠照片电子版' });
    expect(seen.timeline.find((e) => e.action === 'answer-material-request')).toMatchObject({ reason: '照片已按要求补充。', to: 'IN_REVIEW' });
    const told = await db.outboxMessage.findMany({ where: { recipientId: police.id }, orderBy: { createdAt: 'asc' }, select: { subject: true, link: true } });
    expect(told.length).toBe(outboxBefore + 1);
    expect(told.at(-1)).toMatchObject({ subject: '申请人已补充材料：普通护照签发', link: `/review/tasks/${task.id}` });
    // The applicant is told too, with an SMS copy (an applicant-visible transition).
    expect(await db.outboxMessage.count({ where: { recipientId: applicant.id, subject: '恢复办理：普通护照签发' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { channel: 'SMS', address: '13800000001', subject: '恢复办理：普通护照签发' } })).toBe(1);

    // Answered once only.
    const again = await storeUpload(applicant, { name: '再次.pdf', bytes: pdfBytes('again') });
    await expect(answerMaterialRequest(applicant, { suspensionId: suspension.id, fileIds: [again.id] }, thursday)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(await getMaterialRequest(applicant, id)).toBeNull();
  });
});
