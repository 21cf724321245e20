import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { db } from '@/lib/db';

export const findingKinds = [
  'NO_CODE',
  'CODE_NAMES_DIFFER',
  'NAME_CODES_DIFFER',
  'PROMISED_ABOVE_STATUTORY',
  'NO_LEGAL_BASIS',
  'LOW_ONLINE_DEPTH',
  'CERTIFICATE_NOT_MAPPED',
] as const;
type FindingKind = (typeof findingKinds)[number];
export type Finding = { kind: FindingKind; itemId: string; basicCode: string; name: string; level: string; detail: string };

// Certificates that government bodies issue. A material naming one can be
// taken from the e-certificate library once its type is mapped (零材料).
const GOVERNMENT_CERTIFICATE =
  /(身份证|户口簿|营业执照|结婚证|离婚证|出生医学证明|残疾人证|不动产权证|房屋所有权证|土地使用权证|行驶证|驾驶证|机动车登记证书|许可证|资格证|执业证|退役证|无犯罪记录证明|就业创业证|就业失业登记证|失业证|军官证|护照|通行证)/;
// Forms and applications that merely carry a certificate's name are not certificates,
// and an agent's papers cannot come from the applicant's own e-certificates.
const NOT_A_CERTIFICATE = /(申请表|申请书|登记表|审批表|承诺书|报告|材料$|委托|代理人|受托人|代办人)/;

function namesGovernmentCertificate(name: string): boolean {
  return GOVERNMENT_CERTIFICATE.test(name) && !NOT_A_CERTIFICATE.test(name);
}

/** An implementation code is the basic code and the 6-digit region code (docs/catalog-format.md). */
function basicPartOf(implementationCode: string): string {
  return implementationCode.replace(/-\d{6}$/, '');
}

/**
 * What real catalogs get wrong, over each active item's current version (the
 * published one, else its draft). Each finding names the item to open.
 */
export async function getQualityReport(actor: Actor): Promise<Finding[]> {
  assertRole(actor, ['ADMIN']);
  const items = await db.serviceItem.findMany({
    where: { status: 'ACTIVE' },
    orderBy: { basicCode: 'asc' },
    select: {
      id: true,
      basicCode: true,
      versions: {
        where: { status: { in: ['PUBLISHED', 'DRAFT'] } },
        orderBy: [{ status: 'desc' }, { version: 'desc' }],
        take: 1,
        select: {
          name: true,
          level: true,
          implementationCode: true,
          legalBasis: true,
          statutoryLimitDays: true,
          promisedLimitDays: true,
          onlineDepth: true,
          materials: { orderBy: { sort: 'asc' }, select: { name: true, certificateType: true } },
        },
      },
    },
  });
  const current = items.flatMap((i) => (i.versions[0] ? [{ itemId: i.id, basicCode: i.basicCode, ...i.versions[0] }] : []));
  const findings: Finding[] = [];
  const add = (v: (typeof current)[number], kind: FindingKind, detail: string) =>
    findings.push({ kind, itemId: v.itemId, basicCode: v.basicCode, name: v.name, level: v.level, detail });

  const byCode = new Map<string, typeof current>();
  const byName = new Map<string, typeof current>();
  for (const v of current) {
    if (!v.basicCode.trim() || !v.implementationCode.trim()) add(v, 'NO_CODE', v.implementationCode ? '' : 'implementationCode');
    else {
      const code = basicPartOf(v.implementationCode);
      byCode.set(code, [...(byCode.get(code) ?? []), v]);
    }
    byName.set(v.name, [...(byName.get(v.name) ?? []), v]);
    if (v.statutoryLimitDays !== null && v.promisedLimitDays > v.statutoryLimitDays)
      add(v, 'PROMISED_ABOVE_STATUTORY', `${v.promisedLimitDays} > ${v.statutoryLimitDays}`);
    if (!v.legalBasis.some((l) => l.trim())) add(v, 'NO_LEGAL_BASIS', '');
    if (v.onlineDepth < 3) add(v, 'LOW_ONLINE_DEPTH', String(v.onlineDepth));
    for (const m of v.materials) if (!m.certificateType && namesGovernmentCertificate(m.name)) add(v, 'CERTIFICATE_NOT_MAPPED', m.name);
  }
  // 三级四同: one code, one name at every level.
  for (const [code, group] of byCode) {
    const names = new Set(group.map((v) => v.name));
    if (names.size > 1) for (const v of group) add(v, 'CODE_NAMES_DIFFER', `${code}: ${[...names].join(' / ')}`);
  }
  for (const [name, group] of byName) {
    const codes = new Set(group.map((v) => (v.implementationCode ? basicPartOf(v.implementationCode) : v.basicCode)));
    if (codes.size > 1) for (const v of group) add(v, 'NAME_CODES_DIFFER', `${name}: ${[...codes].join(' / ')}`);
  }
  return findings;
}
