// Demo cases of 一窗通办 for `npm start`: about thirty applications of the demo
// applicants (zhangsan, qiye) and a few walk-in people, worked through the
// real use cases of src/lib with their history back-dated over the last six
// weeks of working days, so that every role finds something to do and
// supervision has a board, warnings and statistics to show.
//
// Only prisma/seed.ts run directly calls this (when the database has no
// applications yet). The tests' seed (seedDemoData) stays without cases.
//
// Every use case that takes a `now` gets the moment of its step. What the
// domain stamps with the database clock instead (audit events, outbox rows,
// correction notices, uploads, new accounts, Application.createdAt) is moved
// to the same moment right after the step by `History.at`, with a plain update.
//
// The dates are counted back from `now` in working days of the calendar in the
// database, and the cases on the board are placed so that their colours hold at
// any hour of any day: red ones are past their due date, yellow ones have at
// most their warning threshold left even before office hours, green ones more
// than it even after office hours.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../src/generated/prisma/client';
import type { Actor } from '../src/lib/auth/actor';
import { hashPassword } from '../src/lib/auth/password';
import { addCalendarDays, atShanghai, shanghaiDate } from '../src/lib/clock/calendar';
import { loadClock } from '../src/lib/clock/clock-settings';
import { fileComplaint } from '../src/lib/complaints/file-complaint';
import { db } from '../src/lib/db';
import { rateService } from '../src/lib/evaluation/rate-service';
import { INDICATORS } from '../src/lib/evaluation/schemas';
import { updateRectification } from '../src/lib/evaluation/update-rectification';
import { storeUpload } from '../src/lib/files/store-upload';
import { acceptApplication } from '../src/lib/intake/accept-application';
import { answerCorrection } from '../src/lib/intake/answer-correction';
import { registerWalkIn } from '../src/lib/intake/register-walk-in';
import { rejectApplication } from '../src/lib/intake/reject-application';
import { requestCorrection } from '../src/lib/intake/request-correction';
import { requiredMaterials } from '../src/lib/catalog/required-materials';
import { submitApplication } from '../src/lib/intake/submit-application';
import { heldCertificateWhere } from '../src/lib/library/list-held-certificates';
import { deliverOutbox } from '../src/lib/notify/deliver-outbox';
import { deliverResult } from '../src/lib/results/deliver-result';
import { claimTask } from '../src/lib/routing/claim-task';
import { decideExtension } from '../src/lib/routing/decide-extension';
import { decideTask } from '../src/lib/routing/decide-task';
import { proposeImmediateDecision } from '../src/lib/routing/propose-immediate-decision';
import { requestExtension } from '../src/lib/routing/request-extension';
import { reviewImmediateDecision } from '../src/lib/routing/review-immediate-decision';
import { startSuspension } from '../src/lib/routing/start-suspension';
import { refreshWarnings } from '../src/lib/supervision/refresh-warnings';
import { rollUpStatistics } from '../src/lib/supervision/roll-up-statistics';
import { fileDemoBundleCases } from './demo-bundle-cases';
import { retireJointItems } from './demo-retire-joint-items';
import { DEMO_PASSWORD, withIdCheckDigit } from './seed';

/**
 * Staff the demo cases need besides the demo accounts: the 上报件 of 民政 are
 * checked by the county's 民政局 and decided by the city's, which have no
 * demo account of their own. Same password as every demo account.
 */
const DEMO_CASE_STAFF = [
  { id: 'user-reviewer-mz', username: 'reviewer.mz', name: '何审查', phone: '13900000010', department: '511602-MZJ' },
  { id: 'user-reviewer-city-mz', username: 'reviewer.city.mz', name: '许审查', phone: '13900000011', department: '511600-MZJ' },
] as const;

/** People who come to the hall in person (registered by the clerk at the window). */
const WALK_INS = {
  sunli: { name: '孙丽', idNumber: withIdCheckDigit('51160219880704322'), phone: '13700000001' },
  huanglei: { name: '黄磊', idNumber: withIdCheckDigit('51160219920211451'), phone: '13700000002' },
  zhouming: { name: '周明', idNumber: withIdCheckDigit('51160219751120273'), phone: '13700000003' },
  zhaojianguo: { name: '赵建国', idNumber: withIdCheckDigit('51160219690318157'), phone: '13700000004' },
  chenxiuying: { name: '陈秀英', idNumber: withIdCheckDigit('51160219560909428'), phone: '13700000005' },
  wangfang: { name: '王芳', idNumber: withIdCheckDigit('51160219930526364'), phone: '13700000006' },
  liuqiang: { name: '刘强', idNumber: withIdCheckDigit('51160219870830119'), phone: '13700000007' },
} as const;
type WalkInPerson = (typeof WALK_INS)[keyof typeof WALK_INS];

export type DemoCasesResult = { created: boolean; cases: number };

/** A one-page PDF any viewer opens: the scan of a demo material (ASCII text, the standard Helvetica font). */
function demoPdf(lines: string[]): Uint8Array {
  const escape = (s: string) => s.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1');
  const text = lines.map((l, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 72 ${770 - i * 24} Td (${escape(l)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/**
 * Runs domain steps "at" a past moment: afterwards the rows the domain stamped
 * with the database clock during the step get that moment instead.
 */
class History {
  constructor(private readonly prisma: PrismaClient) {}

  async at<T>(when: Date, step: () => Promise<T>): Promise<T> {
    const [{ last }] = await this.prisma.$queryRaw<{ last: bigint | null }[]>`SELECT max(id) AS last FROM "AuditEvent"`;
    const from = new Date(Date.now() - 1000);
    const result = await step();
    const during = { gte: from, lte: new Date(Date.now() + 1000) };
    await this.prisma.auditEvent.updateMany({ where: { id: { gt: last ?? BigInt(0) } }, data: { at: when } });
    await this.prisma.outboxMessage.updateMany({ where: { createdAt: during }, data: { createdAt: when } });
    await this.prisma.correctionNotice.updateMany({ where: { issuedAt: during }, data: { issuedAt: when } });
    await this.prisma.storedFile.updateMany({ where: { createdAt: during }, data: { createdAt: when } });
    await this.prisma.user.updateMany({ where: { createdAt: during }, data: { createdAt: when } });
    await this.prisma.application.updateMany({ where: { createdAt: during }, data: { createdAt: when } });
    return result;
  }
}

/**
 * Creates the demo cases unless the database already has applications (then
 * nothing changes). `prisma` is used for reads and the back-dating; the use
 * cases use the app's own client on the same database.
 */
export async function seedDemoCases(prisma: PrismaClient = db, now = new Date()): Promise<DemoCasesResult> {
  if ((await prisma.application.count()) > 0) return { created: false, cases: 0 };
  const history = new History(prisma);
  const { calendar } = await loadClock();

  // ------------------------------------------------------------ days

  const today = shanghaiDate(now);
  /** The k-th working day before today (k >= 1). */
  const workingDayBack = (k: number) => {
    let d = today;
    for (let n = 0; n < k;) {
      d = addCalendarDays(d, -1);
      if (calendar.isWorkingDay(d)) n++;
    }
    return d;
  };
  /** hh:mm on the k-th working day before today. */
  const ago = (k: number, hhmm: string) => atShanghai(workingDayBack(k), hhmm);

  // ------------------------------------------------------------ people

  await ensureStaff(prisma);
  const actor = (username: string): Promise<Actor> =>
    prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true, name: true, role: true, departmentId: true, windowId: true } });
  const staff: Actor[] = [];
  for (const username of ['zhangsan', 'qiye', 'clerk', 'lead', 'reviewer.scj', 'reviewer.ga', 'reviewer.rs', 'head.scj', 'reviewer.mz', 'reviewer.city.mz']) {
    staff.push(await actor(username));
  }
  const [zhangsan, qiye, clerk, lead, scj, ga, rs, headScj, mz, cityMz] = staff as [Actor, Actor, Actor, Actor, Actor, Actor, Actor, Actor, Actor, Actor];
  const applicantPhone = { [zhangsan.id]: '13800000001', [qiye.id]: '13800000002' };

  // ------------------------------------------------------------ catalog

  const versions = new Map<string, Awaited<ReturnType<typeof loadVersion>>>();
  async function loadVersion(name: string) {
    return prisma.serviceItemVersion.findFirstOrThrow({
      where: { name, status: 'PUBLISHED' },
      select: {
        id: true,
        name: true,
        formFields: true,
        item: { select: { basicCode: true } },
        situations: { select: { id: true, name: true } },
        materials: { orderBy: { sort: 'asc' }, select: { id: true, name: true, required: true, certificateType: true, situations: { select: { id: true } } } },
      },
    });
  }
  async function version(name: string) {
    if (!versions.has(name)) versions.set(name, await loadVersion(name));
    return versions.get(name)!;
  }
  const situationIds = (v: Awaited<ReturnType<typeof loadVersion>>, names: string[]) =>
    names.map((n) => {
      const s = v.situations.find((x) => x.name === n);
      if (!s) throw new Error(`${v.name} has no situation ${n}`);
      return s.id;
    });

  let scans = 0;
  async function scan(owner: Actor, itemCode: string, material: string) {
    scans += 1;
    const bytes = demoPdf([
      'Yichuang Tongban - demo material',
      `Item ${itemCode}, sample ${scans}`,
      `Submitted ${shanghaiDate(now)} (demo data)`,
      'A sample scan made for the demo; not a real document.',
    ]);
    return storeUpload(owner, { name: `${material}.pdf`, bytes });
  }

  // ------------------------------------------------------------ steps

  type Submission = {
    situations?: string[];
    answers?: Record<string, string>;
    note?: string;
    delivery?: { method: 'WINDOW' | 'POST' | 'ELECTRONIC'; address?: string };
  };

  /** The applicant applies online: held e-certificates are reused, every other material is uploaded. */
  async function online(applicant: Actor, itemName: string, when: Date, options: Submission = {}) {
    const v = await version(itemName);
    const chosen = situationIds(v, options.situations ?? []);
    return history.at(when, async () => {
      const held = await prisma.certificate.findMany({ where: heldCertificateWhere(applicant.id, when), select: { type: true } });
      const files: Record<string, string[]> = {};
      for (const m of requiredMaterials(v.materials, chosen)) {
        if (m.certificateType && held.some((c) => c.type === m.certificateType)) continue;
        files[m.id] = [(await scan(applicant, v.item.basicCode, m.name)).id];
      }
      const { id } = await submitApplication(
        applicant,
        {
          versionId: v.id,
          submitKey: randomUUID(),
          situationIds: chosen,
          contactName: applicant.name,
          contactPhone: applicantPhone[applicant.id] ?? '13800000001',
          note: options.note ?? '',
          answers: options.answers ?? {},
          files,
          deliveryMethod: options.delivery?.method,
          deliveryAddress: options.delivery?.address,
        },
        when,
      );
      return id;
    });
  }

  /** The clerk registers a walk-in: every paper is checked as present and scanned. */
  async function walkIn(person: WalkInPerson, itemName: string, when: Date, options: Submission = {}) {
    const v = await version(itemName);
    const chosen = situationIds(v, options.situations ?? []);
    return history.at(when, async () => {
      const materials: Record<string, { status: 'PRESENT'; fileIds: string[] }> = {};
      for (const m of requiredMaterials(v.materials, chosen)) {
        materials[m.id] = { status: 'PRESENT', fileIds: [(await scan(clerk, v.item.basicCode, m.name)).id] };
      }
      const { id } = await registerWalkIn(
        clerk,
        { submitKey: randomUUID(), idNumber: person.idNumber, name: person.name, phone: person.phone, versionId: v.id, situationIds: chosen, materials },
        when,
      );
      return id;
    });
  }

  const accept = (applicationId: string, when: Date) => history.at(when, () => acceptApplication(clerk, applicationId, when));

  async function openTask(applicationId: string, department: Actor) {
    return prisma.departmentTask.findFirstOrThrow({
      where: { applicationId, departmentId: department.departmentId!, status: 'OPEN' },
      select: { id: true, lock: true },
    });
  }

  async function decide(reviewer: Actor, applicationId: string, decision: 'APPROVED' | 'DENIED', opinion: string, when: Date) {
    const task = await openTask(applicationId, reviewer);
    return history.at(when, () => decideTask(reviewer, { taskId: task.id, decision, opinion }, when));
  }

  async function claim(reviewer: Actor, applicationId: string, when: Date) {
    const task = await openTask(applicationId, reviewer);
    return history.at(when, () => claimTask(reviewer, { taskId: task.id, lock: task.lock }));
  }

  /** 即办件: the clerk proposes, the window lead confirms a few minutes later (一审一核). */
  async function decideAtWindow(applicationId: string, opinion: string, when: Date, confirmed: boolean) {
    const proposal = await history.at(when, () => proposeImmediateDecision(clerk, { applicationId, decision: 'APPROVED', opinion }, when));
    if (!confirmed) return;
    const later = new Date(when.getTime() + 15 * 60_000);
    await history.at(later, () => reviewImmediateDecision(lead, { proposalId: proposal.id, outcome: 'CONFIRM', note: '核对无误，同意。' }, later));
  }

  async function deliver(
    applicationId: string,
    when: Date,
    how: { method: 'WINDOW'; person: { name: string; idNumber: string } } | { method: 'POST'; trackingNumber: string } | { method: 'ELECTRONIC' },
  ) {
    const input =
      how.method === 'WINDOW'
        ? { applicationId, method: how.method, receiverName: how.person.name, receiverIdNo: how.person.idNumber, idChecked: true }
        : how.method === 'POST'
          ? { applicationId, method: how.method, trackingNumber: how.trackingNumber }
          : { applicationId, method: how.method };
    return history.at(when, () => deliverResult(clerk, input, when));
  }

  /** 好差评 on the indicators of the case's channel; `overall` for the overall one, the others one better at most. */
  async function rate(rater: Actor, applicationId: string, occasion: 'INTAKE' | 'CONCLUSION', overall: number, when: Date, comment = '') {
    const { channel } = await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { channel: true } });
    const scores = Object.fromEntries(INDICATORS[channel].map((k, i) => [k, k === 'overall' ? overall : Math.min(5, overall + (i % 2))]));
    return history.at(when, () => rateService(rater, { applicationId, occasion, scores, comment }, when));
  }

  async function materialId(applicationId: string, name: string) {
    return (await prisma.applicationMaterial.findFirstOrThrow({ where: { applicationId, name }, select: { id: true } })).id;
  }

  /** A walk-in person's account as the domain sees them (ratings given on the window's rating pad). */
  const personActor = async (person: WalkInPerson): Promise<Actor> =>
    prisma.user.findUniqueOrThrow({ where: { idNumber: person.idNumber }, select: { id: true, name: true, role: true, departmentId: true, windowId: true } });

  const P = WALK_INS;
  const zhangsanPerson = { name: zhangsan.name, idNumber: (await prisma.user.findUniqueOrThrow({ where: { id: zhangsan.id } })).idNumber! };
  let cases = 0;
  const count = <T>(id: T) => {
    cases += 1;
    return id;
  };

  // ------------------------------------------------------------ concluded cases (the last six weeks)

  // 张三's passport: a photo refused once (一次性告知), then approved and handed over.
  {
    const id = count(await online(zhangsan, '普通护照签发', ago(30, '09:40')));
    await history.at(ago(30, '14:10'), async () =>
      requestCorrection(clerk, {
        applicationId: id,
        items: [{ materialId: await materialId(id, '近期免冠照片'), status: 'DEFECTIVE', reason: '照片背景非白色，不符合出入境证件照片标准' }],
        note: '请上传白色背景的近期免冠彩色照片，其余材料无需重复提交。',
      }),
    );
    const photo = await materialId(id, '近期免冠照片');
    await history.at(ago(29, '10:20'), async () =>
      answerCorrection(zhangsan, { applicationId: id, files: { [photo]: [(await scan(zhangsan, 'passport', '近期免冠照片（重拍）')).id] } }, ago(29, '10:20')),
    );
    await accept(id, ago(29, '15:00'));
    await rate(zhangsan, id, 'INTAKE', 5, ago(29, '15:20'));
    await decide(ga, id, 'APPROVED', '申请人身份信息核验一致，无法定不予签发情形，准予签发。', ago(25, '11:00'));
    await deliver(id, ago(23, '10:00'), { method: 'WINDOW', person: zhangsanPerson });
    await rate(zhangsan, id, 'CONCLUSION', 5, ago(23, '10:20'), '补正一次就说清楚了，取证很快。');
  }

  // 孙丽's ID card, sent by post.
  {
    const id = count(await walkIn(P.sunli, '居民身份证申领', ago(27, '09:15')));
    await accept(id, ago(27, '09:30'));
    await rate(await personActor(P.sunli), id, 'INTAKE', 5, ago(27, '09:40'));
    await decide(ga, id, 'APPROVED', '户籍信息核验一致，相片符合标准，准予签发。', ago(22, '16:00'));
    await deliver(id, ago(21, '10:00'), { method: 'POST', trackingNumber: 'SF1402877365501' });
  }

  // 王芳's passport, by post.
  {
    const id = count(await walkIn(P.wangfang, '普通护照签发', ago(26, '10:00')));
    await accept(id, ago(26, '10:10'));
    await decide(ga, id, 'APPROVED', '准予签发。', ago(21, '10:00'));
    await deliver(id, ago(19, '11:00'), { method: 'POST', trackingNumber: 'EMS1180452296' });
  }

  // 陈秀英's social security card.
  {
    const id = count(await walkIn(P.chenxiuying, '社会保障卡申领', ago(24, '10:00')));
    await accept(id, ago(24, '10:15'));
    await decide(rs, id, 'APPROVED', '参保信息核验一致，准予制发社会保障卡。', ago(18, '11:30'));
    await deliver(id, ago(16, '14:00'), { method: 'WINDOW', person: P.chenxiuying });
  }

  // 周明's household transfer: decided after its promised limit (the statistics show it late).
  {
    const id = count(await walkIn(P.zhouming, '户口迁移审批', ago(22, '10:30'), { situations: ['投靠亲属'] }));
    await accept(id, ago(22, '10:45'));
    await decide(ga, id, 'APPROVED', '经核查投靠亲属关系属实，准予迁入。', ago(14, '10:00'));
    await deliver(id, ago(13, '09:30'), { method: 'WINDOW', person: P.zhouming });
  }

  // 黄磊's unemployment benefit, released for download.
  {
    const id = count(await walkIn(P.huanglei, '失业保险金申领', ago(20, '09:50')));
    await accept(id, ago(20, '10:00'));
    await decide(rs, id, 'APPROVED', '缴费满一年且非本人意愿中断就业，核定领取失业保险金12个月。', ago(12, '15:00'));
    await deliver(id, ago(12, '15:30'), { method: 'ELECTRONIC' });
  }

  // 赵建国's sole proprietorship: a 即办件 decided at the window, business license issued.
  {
    const id = count(await walkIn(P.zhaojianguo, '个体工商户设立登记', ago(18, '10:10')));
    await accept(id, ago(18, '10:20'));
    await decideAtWindow(id, '材料齐全，符合法定形式，准予登记。', ago(18, '10:40'), true);
    await deliver(id, ago(18, '11:10'), { method: 'WINDOW', person: P.zhaojianguo });
    await rate(await personActor(P.zhaojianguo), id, 'CONCLUSION', 5, ago(18, '11:15'), '一次就办好了。');
  }

  // 云帆科技's food business license: online, decided on the spot, e-certificate.
  {
    const id = count(
      await online(qiye, '食品经营许可（新办）', ago(16, '09:20'), {
        answers: { premises: '示范县科创路8号一层员工餐厅', operatorType: '单位食堂', businessItem: '热食类食品制售', floorArea: '180' },
      }),
    );
    await accept(id, ago(16, '10:30'));
    await decideAtWindow(id, '经营场所、设备布局与申请一致，准予许可。', ago(16, '11:00'), true);
    await deliver(id, ago(16, '11:30'), { method: 'ELECTRONIC' });
    await rate(qiye, id, 'CONCLUSION', 4, ago(15, '09:00'));
  }

  // 陈秀英's temporary assistance: a 上报件, checked by the county, decided by the city.
  {
    const id = count(await walkIn(P.chenxiuying, '临时救助', ago(14, '10:00'), { situations: ['急难型（先行救助）'] }));
    await accept(id, ago(14, '10:15'));
    await decide(mz, id, 'APPROVED', '因病致困情况属实，初审同意，报市民政局审批。', ago(13, '15:00'));
    await decide(cityMz, id, 'APPROVED', '同意给予临时救助金3000元。', ago(10, '11:00'));
    await deliver(id, ago(9, '10:00'), { method: 'WINDOW', person: P.chenxiuying });
  }

  // 赵建国's new ID card, with a middling rating at the window.
  {
    const id = count(await walkIn(P.zhaojianguo, '居民身份证申领', ago(15, '14:00')));
    await accept(id, ago(15, '14:10'));
    await rate(await personActor(P.zhaojianguo), id, 'INTAKE', 3, ago(15, '14:20'), '排队时间有点长。');
    await decide(ga, id, 'APPROVED', '准予签发。', ago(9, '09:40'));
    await deliver(id, ago(8, '10:30'), { method: 'WINDOW', person: P.zhaojianguo });
  }

  // 刘强's unemployment benefit (before he opens his company, below).
  {
    const id = count(await walkIn(P.liuqiang, '失业保险金申领', ago(11, '09:30')));
    await accept(id, ago(11, '09:45'));
    await decide(rs, id, 'APPROVED', '核定领取失业保险金6个月。', ago(5, '10:00'));
    await deliver(id, ago(5, '10:30'), { method: 'ELECTRONIC' });
  }

  // 张三's household transfer denied, rated ★2: a rectification for the 公安局, being worked.
  {
    const id = count(await online(zhangsan, '户口迁移审批', ago(12, '20:30'), { situations: ['购房落户'] }));
    await accept(id, ago(11, '09:30'));
    await decide(ga, id, 'DENIED', '所购房屋尚未办理不动产权首次登记，暂不符合购房落户条件（《示范县户籍管理规定》第十二条）。', ago(8, '16:30'));
    const { rectificationId } = await rate(zhangsan, id, 'CONCLUSION', 2, ago(7, '10:00'), '不予批准的理由事前没有告知，白跑了两趟窗口。');
    await history.at(ago(6, '09:30'), () => updateRectification(ga, { rectificationId: rectificationId!, action: 'start' }, ago(6, '09:30')));
  }

  // 黄磊's passport: approved, waiting at the result window.
  {
    const id = count(await walkIn(P.huanglei, '普通护照签发', ago(8, '10:00')));
    await accept(id, ago(8, '10:10'));
    await decide(ga, id, 'APPROVED', '准予签发。', ago(2, '15:00'));
  }

  // 周明 asks for his mother's transfer, whose household is in another county: refused at intake.
  {
    const id = count(await walkIn(P.zhouming, '户口迁移审批', ago(5, '14:00'), { situations: ['投靠亲属'] }));
    await history.at(ago(5, '14:30'), () =>
      rejectApplication(clerk, {
        applicationId: id,
        reason: '被迁移人户籍不在本县，本机关不具有管辖权，请向户籍所在地公安机关申请',
        legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
      }),
    );
  }

  // ------------------------------------------------------------ in review (the deadline board)

  // Green: 孙丽's passport, accepted yesterday, claimed by 周审查.
  {
    const id = count(await walkIn(P.sunli, '普通护照签发', ago(1, '10:50')));
    await accept(id, ago(1, '11:00'));
    await claim(ga, id, ago(1, '14:00'));
  }

  // Yellow: 张三's ID card, 10 promised days, 2 left at most.
  {
    const id = count(await online(zhangsan, '居民身份证申领', ago(10, '16:00')));
    await accept(id, ago(9, '10:00'));
  }

  // Yellow: 周明's social security card at the 人社局.
  {
    const id = count(await walkIn(P.zhouming, '社会保障卡申领', ago(9, '14:00')));
    await accept(id, ago(9, '14:10'));
  }

  // Green: 黄磊's social security card.
  {
    const id = count(await walkIn(P.huanglei, '社会保障卡申领', ago(3, '11:00')));
    await accept(id, ago(3, '11:10'));
  }

  // Red: 张三's newborn's birth registration, promised in 1 day, three days ago; he complains.
  {
    const id = count(await online(zhangsan, '出生登记（户口登记）', ago(4, '09:20')));
    await accept(id, ago(4, '10:00'));
    await history.at(ago(1, '09:10'), () =>
      fileComplaint(
        zhangsan,
        { target: 'CASE', applicationId: id, content: '出生登记承诺一个工作日办结，已经过去三天仍显示审查中，孩子打疫苗和办医保都等着户口。' },
        ago(1, '09:10'),
      ),
    );
  }

  // Red: 赵建国's household transfer, claimed and left lying.
  {
    const id = count(await walkIn(P.zhaojianguo, '户口迁移审批', ago(8, '15:00'), { situations: ['投靠亲属'] }));
    await accept(id, ago(8, '15:10'));
    await claim(ga, id, ago(7, '09:30'));
  }

  // Suspended for testing: 云帆科技's hotel license, its security system sent for inspection testing.
  {
    const id = count(
      await online(qiye, '旅馆业特种行业许可证核发', ago(7, '09:00'), {
        answers: { hotelName: '云帆商务酒店', roomCount: '36', bedCount: '52', securityManager: '李经理' },
      }),
    );
    await accept(id, ago(6, '10:00'));
    const task = await openTask(id, ga);
    let end = today;
    for (let n = 0; n < 5;) {
      end = addCalendarDays(end, 1);
      if (calendar.isWorkingDay(end)) n++;
    }
    await history.at(ago(3, '10:00'), () =>
      startSuspension(
        ga,
        { taskId: task.id, kind: 'TESTING', reason: '旅客住宿登记及视频监控系统需经第三方检测机构检验合格', expectedEndAt: atShanghai(end, '17:00') },
        ago(3, '10:00'),
      ),
    );
  }

  // Green with an approved extension: 云帆科技 opens a subsidiary (企业开办, a 联办件).
  {
    const id = count(await online(qiye, '企业开办“一件事”（集成办理）', ago(1, '09:30'), { note: '拟设立示范县云帆数据服务有限公司' }));
    await accept(id, ago(1, '10:00'));
    const task = await openTask(id, scj);
    const extension = await history.at(ago(1, '14:00'), () =>
      requestExtension(scj, { taskId: task.id, days: 3, reason: '拟用名称与在先登记的字号近似，需调取登记档案比对' }, ago(1, '14:00')),
    );
    await history.at(ago(1, '15:30'), () =>
      decideExtension(headScj, { extensionId: extension.id, outcome: 'APPROVED', note: '同意延长3个工作日。' }, ago(1, '15:30')),
    );
  }

  // Red at the 市场监管局: 刘强's company, still in the lead department's half day.
  {
    const id = count(await walkIn(P.liuqiang, '企业开办“一件事”（集成办理）', ago(2, '10:20')));
    await accept(id, ago(2, '10:30'));
  }

  // Red, parallel stage: 王芳's company, five departments at once; 人社局 done, the others open.
  {
    const id = count(await walkIn(P.wangfang, '企业开办“一件事”（集成办理）', ago(3, '09:45')));
    await accept(id, ago(3, '10:00'));
    await decide(scj, id, 'APPROVED', '名称、住所、经营范围符合登记要求，转联合审查。', ago(3, '14:00'));
    await decide(rs, id, 'APPROVED', '已完成单位社会保险登记。', ago(2, '10:00'));
  }

  // At the city: 陈秀英's minimum living allowance, checked by the county, waiting for 示范市民政局.
  {
    const id = count(await walkIn(P.chenxiuying, '最低生活保障审核确认', ago(6, '10:00')));
    await accept(id, ago(6, '10:15'));
    await decide(mz, id, 'APPROVED', '入户调查及家庭经济状况核对完毕，符合低保条件，报市民政局审批。', ago(5, '16:00'));
  }

  // At the city market regulator (reviewer.city): 云帆科技's food production licence, a 上报件
  // the county checked on site, waiting for 示范市市场监督管理局's decision.
  {
    const id = count(
      await online(qiye, '食品生产许可（新办）', ago(4, '09:30'), {
        answers: { premises: '示范县科创路8号二号厂房', foodCategory: '糕点' },
        delivery: { method: 'POST', address: '示范省示范市示范县科创路8号 云帆科技有限公司 李经理 13800000002' },
      }),
    );
    await accept(id, ago(4, '10:30'));
    await decide(scj, id, 'APPROVED', '现场核查场所布局、设备设施与申请材料一致，初审通过，报市市场监督管理局审批。', ago(2, '15:00'));
  }

  // ------------------------------------------------------------ at the window

  // 即办件 proposed by the clerk, waiting for the window lead's confirmation.
  {
    const id = count(await online(qiye, '公司设立登记', ago(1, '09:30')));
    await accept(id, ago(1, '10:00'));
    await decideAtWindow(id, '材料齐全，符合法定形式，拟准予设立登记。', ago(1, '10:30'), false);
  }

  // In correction: 张三's unemployment benefit, the termination proof lacks the employer's seal.
  {
    const id = count(await online(zhangsan, '失业保险金申领', ago(3, '10:00')));
    await history.at(ago(3, '15:00'), async () =>
      requestCorrection(clerk, {
        applicationId: id,
        items: [{ materialId: await materialId(id, '终止或者解除劳动关系的证明'), status: 'DEFECTIVE', reason: '解除劳动关系证明未加盖用人单位公章' }],
        note: '请补充加盖公章的解除劳动关系证明，其余材料已齐全。',
      }),
    );
  }

  // Waiting for intake: past its five days, two days ago, and last night.
  count(await online(qiye, '特种设备使用登记', ago(7, '10:00')));
  count(await online(qiye, '印章刻制备案', ago(2, '16:20')));
  count(await online(zhangsan, '社会保障卡申领', ago(1, '19:45')));

  // 一件事: three bundle cases, one partly concluded and one waiting on a dependency.
  cases += await fileDemoBundleCases({ at: (when, step) => history.at(when, step), ago, zhangsan, qiye, clerk, lead, scan });
  // The hand-drawn joint items retired in favour of the bundles, after the cases above that still run on them.
  await history.at(ago(1, '17:30'), async () => retireJointItems(await actor('admin'), ago(1, '17:30')));

  // ------------------------------------------------------------ supervision

  // The warning colours as of now, and the statistics of every closed day.
  await refreshWarnings(now);
  await rollUpStatistics(now);

  // The history's text messages are not sent again to the demo phones: they
  // went out back then. The in-app ones are delivered as the worker does and
  // dated when they were written; all but the last three days' read.
  await prisma.$executeRaw`
    UPDATE "OutboxMessage" SET status = 'SENT', "sentAt" = "createdAt", attempts = 1
    WHERE status = 'PENDING' AND channel <> 'IN_APP'`;
  while ((await deliverOutbox(200)) > 0);
  await prisma.$executeRaw`
    UPDATE "Notification" n SET "createdAt" = o."createdAt"
    FROM "OutboxMessage" o
    WHERE o.channel = 'IN_APP' AND o."recipientId" = n."userId" AND o.subject = n.title AND o.body = n.body
      AND o.link IS NOT DISTINCT FROM n.link`;
  await prisma.$executeRaw`UPDATE "OutboxMessage" SET "sentAt" = "createdAt" WHERE status = 'SENT' AND channel = 'IN_APP'`;
  await prisma.notification.updateMany({ where: { createdAt: { lt: ago(3, '00:00') }, readAt: null }, data: { readAt: ago(3, '00:00') } });

  return { created: true, cases };
}

/** The accounts of DEMO_CASE_STAFF, created when missing. */
async function ensureStaff(prisma: PrismaClient) {
  for (const staff of DEMO_CASE_STAFF) {
    if (await prisma.user.findUnique({ where: { username: staff.username }, select: { id: true } })) continue;
    const department = await prisma.department.findUniqueOrThrow({ where: { code: staff.department }, select: { id: true } });
    await prisma.user.create({
      data: {
        id: staff.id,
        username: staff.username,
        name: staff.name,
        phone: staff.phone,
        role: 'REVIEWER',
        departmentId: department.id,
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
  }
}
