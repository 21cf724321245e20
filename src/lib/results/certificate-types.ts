// 电子证照 types: what each certificate says and how long it is valid. An item's
// result names its certificate type (ServiceItemVersion.resultCertificate, the
// catalog's 证照 results); this table gives that type its own fields and term.
// Pure rules, tested without a database (tests/unit/certificate-types.test.ts).
import { addCalendarDays, shanghaiDate } from '@/lib/clock/calendar';

import type { CertificateField } from '@/lib/verification/certificate-fields';

export type { CertificateField };

export type CertificateContext = {
  resultName: string;
  holderName: string;
  holderIdNo: string;
  holderKind: 'PERSON' | 'COMPANY';
  issuer: string;
  issuedAt: Date;
  /** The application form's answers (formData.answers). */
  answers: Record<string, unknown>;
};

type Term = { years: number } | 'LONG_TERM';

type CertificateType = {
  /** The term of validity from the issue date, or 长期. */
  term: (ctx: CertificateContext) => Term;
  /** The rule behind the term (docs/results.md lists them). */
  basis: string;
  /** The type's own lines, besides number, holder, issuer and dates. */
  fields: (ctx: CertificateContext) => CertificateField[];
  /** A booklet or a card: collected at the window or posted, never downloaded. */
  physical?: boolean;
};

/** The holder's birth date read from an 18-digit ID number (GB 11643), or null. */
export function birthDateOf(idNo: string): string | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/i.exec(idNo);
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}` ? null : `${y}-${mo}-${d}`;
}

/** Whole years of age on `day` (Shanghai date), for a birth date as YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function ageAtIssue(ctx: CertificateContext): number | null {
  const birth = birthDateOf(ctx.holderIdNo);
  return birth ? ageOn(birth, shanghaiDate(ctx.issuedAt)) : null;
}

const answer = (ctx: CertificateContext, key: string) => {
  const v = ctx.answers[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
};

/** Lines taken from the application's answers, those answered only. */
const fromAnswers =
  (...pairs: [key: string, label: string][]) =>
  (ctx: CertificateContext): CertificateField[] =>
    pairs.map(([key, label]) => ({ label, value: answer(ctx, key) })).filter((f) => f.value !== '');

const holderLines = (ctx: CertificateContext): CertificateField[] => {
  const birth = ctx.holderKind === 'PERSON' ? birthDateOf(ctx.holderIdNo) : null;
  return birth ? [{ label: '出生日期', value: birth }] : [];
};

const licence = (years: number, basis: string, ...pairs: [string, string][]): CertificateType => ({
  term: () => ({ years }),
  basis,
  fields: (ctx) => [{ label: '许可事项', value: ctx.resultName }, ...fromAnswers(...pairs)(ctx)],
});

const TYPES: Record<string, CertificateType> = {
  中华人民共和国普通护照: {
    // 《护照法》第五条: 十六周岁以上 10 年，未满十六周岁 5 年.
    term: (ctx) => ({ years: (ageAtIssue(ctx) ?? 16) < 16 ? 5 : 10 }),
    basis: '《中华人民共和国护照法》第五条',
    fields: (ctx) => [{ label: '护照类型', value: '普通护照（P）' }, ...holderLines(ctx), { label: '国籍', value: '中华人民共和国' }],
    physical: true,
  },
  居民身份证: {
    // 《居民身份证法》第五条: 未满十六周岁 5 年; 16–25 周岁 10 年; 26–45 周岁 20 年; 46 周岁以上 长期.
    term: (ctx) => {
      const age = ageAtIssue(ctx) ?? 16;
      if (age < 16) return { years: 5 };
      if (age <= 25) return { years: 10 };
      if (age <= 45) return { years: 20 };
      return 'LONG_TERM';
    },
    basis: '《中华人民共和国居民身份证法》第五条',
    fields: (ctx) => holderLines(ctx),
    physical: true,
  },
  营业执照: {
    term: () => 'LONG_TERM',
    basis: '《市场主体登记管理条例》：营业期限由章程确定，执照本身不设有效期',
    fields: fromAnswers(
      ['companyName', '名称'],
      ['companyType', '类型'],
      ['registeredCapital', '注册资本（万元）'],
      ['address', '住所'],
      ['businessScope', '经营范围'],
    ),
  },
  食品经营许可证: licence(
    5,
    '《食品经营许可和备案管理办法》：有效期为五年',
    ['premises', '经营场所'],
    ['operatorType', '主体业态'],
    ['businessItem', '经营项目'],
  ),
  食品生产许可证: licence(5, '《食品生产许可管理办法》：有效期为五年', ['premises', '生产地址'], ['foodCategory', '食品类别']),
  公共场所卫生许可证: licence(
    4,
    '《公共场所卫生管理条例实施细则》第二十四条：有效期四年',
    ['placeName', '场所名称'],
    ['placeAddress', '经营地址'],
    ['placeCategory', '许可项目'],
  ),
  危险化学品经营许可证: licence(3, '《危险化学品经营许可证管理办法》：有效期三年'),
  烟草专卖零售许可证: licence(5, '《烟草专卖许可证管理办法》：零售许可证有效期五年'),
  农药经营许可证: licence(5, '《农药经营许可管理办法》：有效期为五年'),
  兽药经营许可证: licence(5, '《兽药经营许可证管理办法》：有效期为五年'),
  医疗机构执业许可证: licence(5, '《医疗机构管理条例实施细则》：床位不满一百张的有效期五年'),
};

/** A type the table does not name: its result's name, no term (长期). */
const GENERIC: CertificateType = {
  term: () => 'LONG_TERM',
  basis: '未单独规定有效期的证照',
  fields: (ctx) => [{ label: '证照名称', value: ctx.resultName }],
};

function certificateType(type: string): CertificateType {
  return TYPES[type] ?? GENERIC;
}

/** Does this type exist as a physical document the holder must receive (not downloadable)? */
export function isPhysicalCertificate(type: string | null): boolean {
  return type !== null && certificateType(type).physical === true;
}

/** The fields and the expiry of a certificate of `type` issued in `ctx`; validUntil null is 长期. */
export function certificateTerms(type: string, ctx: CertificateContext): { validUntil: Date | null; fields: CertificateField[] } {
  const t = certificateType(type);
  const term = t.term(ctx);
  let validUntil: Date | null = null;
  if (term !== 'LONG_TERM') {
    // Valid through the day before the same date N years on (a 10-year passport issued 2026-12-06 runs to 2036-12-05).
    const [y, m, d] = shanghaiDate(ctx.issuedAt).split('-').map(Number) as [number, number, number];
    // Date.UTC rolls 29 February of a common year over to 1 March, so such a term ends on 28 February.
    const anniversary = new Date(Date.UTC(y + term.years, m - 1, d));
    const end = anniversary.toISOString().slice(0, 10);
    validUntil = new Date(`${addCalendarDays(end, -1)}T23:59:59.999+08:00`);
  }
  return { validUntil, fields: t.fields(ctx) };
}
