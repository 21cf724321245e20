// Demo data of 一窗通办: the 示范县 service center, its departments and
// windows, demo accounts, the 60-item catalog, e-certificates already held by
// the demo applicants, the working-day calendar and the clock settings.
//
//   node scripts/with-db.mjs node --conditions=react-server --import tsx prisma/seed.ts
//
// Idempotent: when the `demo-data` setting exists nothing is changed and only
// the accounts are printed. Everything else is written in one transaction, the
// marker row last. Database tests call `seedDemoData(prisma)` directly.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  ApplicantKind,
  HandlingClass,
  ItemType,
  Level,
  MaterialForm,
  PrismaClient,
  ResultType,
  Role,
  VersionStatus,
  WindowKind,
  type Prisma,
} from '../src/generated/prisma/client';
import { hashPassword } from '../src/lib/auth/password';
import { formFieldSchema } from '../src/lib/catalog/form-fields';
import { searchTextOf } from '../src/lib/catalog/search-text';
import { disclosedByDefault } from '../src/lib/catalog/disclosure';
import { chineseDaysOverrides } from '../src/lib/clock/chinese-days';
import { CLOCK_RULE, CLOCK_RULE_KEY } from '../src/lib/clock/clock-rule';
import { statutoryHolidays } from '../src/lib/clock/statutory-holidays';
import { shanghaiDate } from '../src/lib/clock/calendar';
import { seedBundles } from './seed-bundles';

type Tx = Prisma.TransactionClient;

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_MARKER_KEY = 'demo-data';
export const SERVICE_CENTER_NAME = '示范县政务服务中心';
/** 2026-01-01 00:00 Asia/Shanghai. */
export const CATALOG_EFFECTIVE_FROM = new Date('2026-01-01T00:00:00+08:00');

// ---------------------------------------------------------------- data files

const MaterialSchema = z.object({
  name: z.string().min(1),
  form: z.enum(['原件', '复印件', '电子件']),
  copies: z.number().int().min(0),
  required: z.boolean(),
  note: z.string().optional(),
  sharedCertificate: z.string().optional(),
});

const ItemSchema = z.object({
  code: z.string().min(1),
  codeIsReal: z.boolean(),
  name: z.string().min(1),
  type: z.enum(['行政许可', '行政确认', '行政给付', '行政裁决', '其他行政权力', '公共服务']),
  department: z.string().min(1),
  level: z.enum(['县级', '市级', '省级']),
  legalBasis: z.array(z.string()),
  handlingClass: z.enum(['即办件', '承诺件', '联办件', '上报件']),
  statutoryLimitDays: z.number().min(0).nullable(),
  promisedLimitDays: z.number().min(0).nullable(),
  acceptConditions: z.array(z.string()),
  materials: z.array(MaterialSchema),
  situations: z.array(z.object({ name: z.string().min(1), extraMaterials: z.array(z.string()) })).optional(),
  steps: z.array(z.string()),
  fee: z.string(),
  onlineDepth: z.number().int().min(1).max(4),
  resultName: z.string().min(1),
  resultType: z.enum(['证照', '批文', '其他']),
  sourceUrl: z.string().nullish(),
  notes: z.string().nullish(),
  coHandlingDepartments: z.array(z.string()).optional(),
});

export type CatalogItem = z.infer<typeof ItemSchema>;

const TagsSchema = z.object({
  items: z.record(z.string(), z.object({ name: z.string(), keywords: z.array(z.string()), lifeEvents: z.array(z.string()) })),
});

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'));
}

/** The 68 items of prisma/data/service-items.json, validated. */
export function loadCatalogItems(): CatalogItem[] {
  return z.object({ items: z.array(ItemSchema) }).parse(readJson('service-items.json')).items;
}

function loadItemTags() {
  return TagsSchema.parse(readJson('item-tags.json')).items;
}

/** prisma/data/form-fields.json: the fields a few items' online forms ask for, checked as the admin form checks them. */
function loadFormFields() {
  return z.object({ items: z.record(z.string(), z.object({ name: z.string(), fields: z.array(formFieldSchema) })) }).parse(readJson('form-fields.json')).items;
}

// ---------------------------------------------------------------- enum maps

const ITEM_TYPE: Record<CatalogItem['type'], ItemType> = {
  行政许可: ItemType.LICENSING,
  行政确认: ItemType.CONFIRMATION,
  行政给付: ItemType.BENEFIT,
  行政裁决: ItemType.RULING,
  其他行政权力: ItemType.OTHER_POWER,
  公共服务: ItemType.PUBLIC_SERVICE,
};
const LEVEL: Record<CatalogItem['level'], Level> = { 县级: Level.COUNTY, 市级: Level.CITY, 省级: Level.PROVINCE };
const HANDLING_CLASS: Record<CatalogItem['handlingClass'], HandlingClass> = {
  即办件: HandlingClass.IMMEDIATE,
  承诺件: HandlingClass.PROMISED,
  联办件: HandlingClass.JOINT,
  上报件: HandlingClass.ESCALATED,
};
const MATERIAL_FORM: Record<CatalogItem['materials'][number]['form'], MaterialForm> = {
  原件: MaterialForm.ORIGINAL,
  复印件: MaterialForm.COPY,
  电子件: MaterialForm.ELECTRONIC,
};
const RESULT_TYPE: Record<CatalogItem['resultType'], ResultType> = {
  证照: ResultType.CERTIFICATE,
  批文: ResultType.APPROVAL_DOCUMENT,
  其他: ResultType.OTHER,
};

// ---------------------------------------------------------------- regions

const REGIONS = {
  [Level.PROVINCE]: { code: '510000', name: '示范省', areaCode: '028' },
  [Level.CITY]: { code: '511600', name: '示范市', areaCode: '0826' },
  [Level.COUNTY]: { code: '511602', name: '示范县', areaCode: '0826' },
} as const satisfies Record<Level, { code: string; name: string; areaCode: string }>;

// ---------------------------------------------------------------- departments

/**
 * Lines of government work. A county department escalates to the department
 * of the same line one level up; most lines keep their name at every level,
 * a few do not (县卫生健康局 -> 市卫生健康委员会, 县消防救援大队 -> 市消防救援支队,
 * 市农业农村局 -> 省农业农村厅). `abbr` makes the readable department code.
 */
type LineName = { name: string; shortName: string; abbr: string };
type Line = { county: LineName; city: LineName | null; province: LineName };

function line(name: string, shortName: string, abbr: string, overrides: Partial<Record<'city' | 'province', LineName | null>> = {}): Line {
  const same = { name, shortName, abbr };
  return { county: same, city: overrides.city === undefined ? same : overrides.city, province: overrides.province ?? same };
}

const LINES: Line[] = [
  line('市场监督管理局', '市场监管局', 'SCJGJ'),
  line('人力资源和社会保障局', '人社局', 'RSJ'),
  line('公安局', '公安局', 'GAJ'),
  line('税务局', '税务局', 'SWJ'),
  line('医疗保障局', '医保局', 'YBJ'),
  line('卫生健康局', '卫健局', 'WJJ', {
    city: { name: '卫生健康委员会', shortName: '卫健委', abbr: 'WJW' },
    province: { name: '卫生健康委员会', shortName: '卫健委', abbr: 'WJW' },
  }),
  line('民政局', '民政局', 'MZJ'),
  line('自然资源和规划局', '自然资源局', 'ZRZYJ'),
  line('住房和城乡建设局', '住建局', 'ZJJ'),
  line('文化广电旅游局', '文广旅局', 'WGLJ'),
  line('农业农村局', '农业农村局', 'NYNCJ', { province: { name: '农业农村厅', shortName: '农业农村厅', abbr: 'NYNCT' } }),
  line('应急管理局', '应急局', 'YJJ'),
  line('城市管理局', '城管局', 'CGJ'),
  line('消防救援大队', '消防大队', 'XFDD', {
    city: { name: '消防救援支队', shortName: '消防支队', abbr: 'XFZD' },
    province: { name: '消防救援总队', shortName: '消防总队', abbr: 'XFZOD' },
  }),
  // A township government is not a county department: no upper line.
  line('乡（镇）人民政府', '乡镇政府', 'XZZF', { city: null }),
  line('交通运输局', '交通局', 'JTJ'),
  line('生态环境局', '生态环境局', 'STHJJ'),
  line('教育局', '教育局', 'JYJ'),
  line('烟草专卖局', '烟草局', 'YCJ'),
  line('水利局', '水利局', 'SLJ'),
  line('残疾人联合会', '残联', 'CL'),
  line('司法局', '司法局', 'SFJ'),
  line('气象局', '气象局', 'QXJ'),
  line('林业局', '林业局', 'LYJ'),
  line('退役军人事务局', '退役军人局', 'TYJRJ'),
  line('住房公积金管理中心', '公积金中心', 'GJJZX'),
];

/** The co-handling units that are government departments, as the guides name them. */
const GOVERNMENT_CO_HANDLERS = ['公安局', '税务局', '人力资源和社会保障局', '医疗保障局', '住房公积金管理中心', '农业农村局', '自然资源和规划局', '卫生健康局'];

function lineNameAt(l: Line, level: Level): LineName | null {
  return level === Level.COUNTY ? l.county : level === Level.CITY ? l.city : l.province;
}

/**
 * The department part of a guide's implementing unit: a trailing parenthesised
 * qualifier goes (市场监督管理局（行政审批局） -> 市场监督管理局, 公安局（户籍派出所）
 * -> 公安局), a leading 省 of a provincial unit goes (省农业农村厅 -> 农业农村厅), a
 * parenthesis inside the name stays (乡（镇）人民政府).
 */
export function departmentBaseName(raw: string): string {
  let name = raw.trim();
  const open = name.indexOf('（');
  if (open > 0 && name.endsWith('）')) name = name.slice(0, open);
  return name.replace(/^省(?=.+厅$)/, '');
}

function findLine(raw: string): Line | undefined {
  const base = departmentBaseName(raw);
  return LINES.find((l) => [l.county, l.city, l.province].some((n) => n?.name === base));
}

type DeptRecord = { id: string; code: string; name: string; level: Level; line: Line; phone: string };

class Departments {
  private readonly byKey = new Map<string, DeptRecord>();
  private readonly plan = new Map<string, { line: Line; level: Level }>();

  static key(line: Line, level: Level) {
    return `${level}:${line.county.abbr}`;
  }

  want(line: Line, level: Level) {
    if (!lineNameAt(line, level)) throw new Error(`no ${level} department in the line of ${line.county.name}`);
    this.plan.set(Departments.key(line, level), { line, level });
  }

  planned(line: Line, level: Level) {
    return this.plan.has(Departments.key(line, level));
  }

  /** The planned departments as rows, upper levels first, each linked to its upper department. */
  build(regionIds: Record<Level, string>): Prisma.DepartmentCreateManyInput[] {
    const rows: Prisma.DepartmentCreateManyInput[] = [];
    for (const level of [Level.PROVINCE, Level.CITY, Level.COUNTY]) {
      const region = REGIONS[level];
      let index = 0;
      for (const l of LINES.filter((x) => this.plan.has(Departments.key(x, level)))) {
        const n = lineNameAt(l, level)!;
        const upper =
          level === Level.COUNTY ? (this.find(l, Level.CITY) ?? this.find(l, Level.PROVINCE)) : level === Level.CITY ? this.find(l, Level.PROVINCE) : undefined;
        index += 1;
        const phone =
          level === Level.PROVINCE ? `${region.areaCode}-8660${6000 + index}` : `${region.areaCode}-${level === Level.CITY ? '2233' : '2345'}${600 + index}`;
        const record: DeptRecord = { id: newId(), code: `${region.code}-${n.abbr}`, name: n.name, level, line: l, phone };
        this.byKey.set(Departments.key(l, level), record);
        rows.push({ id: record.id, code: record.code, name: n.name, shortName: n.shortName, regionId: regionIds[level], upperDepartmentId: upper?.id ?? null });
      }
    }
    return rows;
  }

  find(line: Line, level: Level): DeptRecord | undefined {
    return this.byKey.get(Departments.key(line, level));
  }

  get(line: Line, level: Level): DeptRecord {
    const d = this.find(line, level);
    if (!d) throw new Error(`department ${line.county.name} at ${level} was not created`);
    return d;
  }

  /** The department of `line` at `level`, else the nearest upper level that has one. */
  nearest(line: Line, level: Level): DeptRecord | undefined {
    const chain = level === Level.COUNTY ? [Level.COUNTY, Level.CITY, Level.PROVINCE] : level === Level.CITY ? [Level.CITY, Level.PROVINCE] : [Level.PROVINCE];
    for (const l of chain) {
      const d = this.find(line, l);
      if (d) return d;
    }
    return undefined;
  }
}

function lineOf(raw: string): Line {
  const l = findLine(raw);
  if (!l) throw new Error(`unknown department in the catalog data: ${raw}`);
  return l;
}

/** Government co-handling departments of a guide (skipping banks, village committees, hospitals). */
function governmentCoHandlers(item: CatalogItem): Line[] {
  const lines: Line[] = [];
  for (const raw of item.coHandlingDepartments ?? []) {
    const base = departmentBaseName(raw);
    if (!GOVERNMENT_CO_HANDLERS.includes(base)) continue;
    const l = lineOf(base);
    if (!lines.includes(l)) lines.push(l);
  }
  return lines;
}

// ---------------------------------------------------------------- people

type AccountDef = {
  id: string;
  username: string;
  name: string;
  role: Role;
  phone: string;
  /** Department as [line county name, level]. */
  department?: [string, Level];
  window?: string;
  applicantKind?: ApplicantKind;
  idNumber?: string;
  companyName?: string;
  creditCode?: string;
};

/** 18-digit 居民身份证号码 (GB 11643): appends the check digit to 17 digits. */
export function withIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`not 17 digits: ${first17}`);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 18-char 统一社会信用代码 (GB 32100): fills in the organisation-code check (GB 11714) and the final check. */
export function creditCodeWithChecks(first16WithoutOrgCheck: string): string {
  // 1 registration authority + 1 kind + 6 region + 8 organisation body.
  if (!/^[0-9A-HJ-NP-RTUWXY]{16}$/.test(first16WithoutOrgCheck)) throw new Error(`bad credit code body: ${first16WithoutOrgCheck}`);
  const body = first16WithoutOrgCheck.slice(8);
  const orgValue = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55); // A = 10 ... Z = 35
  const orgSum = [...body].reduce((s, c, i) => s + orgValue(c) * [3, 7, 9, 10, 5, 8, 4, 2][i]!, 0);
  const orgCheck = 11 - (orgSum % 11);
  const first17 = first16WithoutOrgCheck + (orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck));
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((s, c, i) => {
    const v = USCC_CHARS.indexOf(c);
    if (v < 0) throw new Error(`bad credit code character ${c}`);
    return s + v * weights[i]!;
  }, 0);
  const check = (31 - (sum % 31)) % 31;
  return first17 + USCC_CHARS[check];
}

export const DEMO_APPLICANT = {
  name: '张三',
  idNumber: withIdCheckDigit('51160219900315123'),
  birthDate: '1990-03-15',
  address: '示范省示范市示范县城关镇人民路18号',
} as const;

export const DEMO_COMPANY = {
  name: '示范县云帆科技有限公司',
  creditCode: creditCodeWithChecks('91511602MA62YF8K'),
  representative: '李经理',
  representativeIdNumber: withIdCheckDigit('51160219850612235'),
  address: '示范省示范市示范县科创路8号',
} as const;

export const DEMO_ACCOUNTS: AccountDef[] = [
  {
    id: 'user-applicant',
    username: 'zhangsan',
    name: DEMO_APPLICANT.name,
    role: Role.APPLICANT,
    phone: '13800000001',
    applicantKind: ApplicantKind.PERSON,
    idNumber: DEMO_APPLICANT.idNumber,
  },
  {
    id: 'user-company',
    username: 'qiye',
    name: DEMO_COMPANY.representative,
    role: Role.APPLICANT,
    phone: '13800000002',
    applicantKind: ApplicantKind.COMPANY,
    idNumber: DEMO_COMPANY.representativeIdNumber,
    companyName: DEMO_COMPANY.name,
    creditCode: DEMO_COMPANY.creditCode,
  },
  { id: 'user-clerk', username: 'clerk', name: '王窗口', role: Role.CLERK, phone: '13900000001', window: 'W01' },
  { id: 'user-lead', username: 'lead', name: '赵组长', role: Role.WINDOW_LEAD, phone: '13900000002', window: 'W01' },
  {
    id: 'user-reviewer-scj',
    username: 'reviewer.scj',
    name: '孙审查',
    role: Role.REVIEWER,
    phone: '13900000003',
    department: ['市场监督管理局', Level.COUNTY],
  },
  { id: 'user-reviewer-ga', username: 'reviewer.ga', name: '周审查', role: Role.REVIEWER, phone: '13900000004', department: ['公安局', Level.COUNTY] },
  {
    id: 'user-reviewer-rs',
    username: 'reviewer.rs',
    name: '吴审查',
    role: Role.REVIEWER,
    phone: '13900000005',
    department: ['人力资源和社会保障局', Level.COUNTY],
  },
  {
    id: 'user-reviewer-city',
    username: 'reviewer.city',
    name: '郑审查',
    role: Role.REVIEWER,
    phone: '13900000006',
    department: ['市场监督管理局', Level.CITY],
  },
  { id: 'user-head-scj', username: 'head.scj', name: '钱科长', role: Role.DEPT_HEAD, phone: '13900000007', department: ['市场监督管理局', Level.COUNTY] },
  { id: 'user-supervisor', username: 'supervisor', name: '冯监察', role: Role.SUPERVISOR, phone: '13900000008' },
  { id: 'user-admin', username: 'admin', name: '陈管理', role: Role.ADMIN, phone: '13900000009' },
];

const WINDOWS = [
  { code: 'W01', name: '综合受理一号窗口', kind: WindowKind.GENERAL_INTAKE },
  { code: 'W02', name: '综合受理二号窗口', kind: WindowKind.GENERAL_INTAKE },
  { code: 'R01', name: '出件窗口', kind: WindowKind.RESULT },
] as const;

// ---------------------------------------------------------------- limits and routes

const roundHalf = (x: number) => Math.round(x * 2) / 2;
const floorHalf = (x: number) => Math.floor(x * 2) / 2;

type StagePlan = { name: string; limitDays: number; departmentIds: string[] };

/**
 * The promised limit of a version. A missing promised limit falls back to the
 * statutory one (0 for 即办件). A routed item (not 即办件) needs a limit its
 * stages can share in half days: 0 becomes the statutory limit, else 0.5 (1 for
 * two-stage routes). Returns the notes explaining any such fallback.
 */
export function promisedLimitOf(item: CatalogItem): { days: number; note?: string } {
  const hc = HANDLING_CLASS[item.handlingClass];
  const statutory = item.statutoryLimitDays;
  let days = item.promisedLimitDays;
  const notes: string[] = [];
  if (days === null) {
    if (hc === HandlingClass.IMMEDIATE) {
      days = 0;
      notes.push('承诺时限缺失：即办件取0（当场办结）');
    } else {
      days = statutory ?? 0;
      notes.push(`承诺时限缺失：取法定时限${days}个工作日`);
    }
  }
  if (hc !== HandlingClass.IMMEDIATE) {
    const minimum = hc === HandlingClass.PROMISED ? 0.5 : 1;
    if (days === 0 && statutory) {
      days = statutory;
      notes.push(`承诺时限为0：按法定时限${statutory}个工作日分配审查环节`);
    }
    if (days < minimum) {
      notes.push(`承诺时限${days}不足以分配审查环节：取${minimum}个工作日`);
      days = minimum;
    }
  }
  return { days, note: notes.length ? `seed: ${notes.join('；')}` : undefined };
}

function planStages(item: CatalogItem, total: number, departments: Departments): StagePlan[] {
  const hc = HANDLING_CLASS[item.handlingClass];
  const level = LEVEL[item.level];
  const own = departments.get(lineOf(item.department), level);
  switch (hc) {
    case HandlingClass.IMMEDIATE:
      return [];
    case HandlingClass.PROMISED:
      return [{ name: '审查决定', limitDays: total, departmentIds: [own.id] }];
    case HandlingClass.JOINT: {
      const partners = governmentCoHandlers(item)
        .map((l) => departments.nearest(l, level))
        .filter((d): d is DeptRecord => d !== undefined && d.id !== own.id);
      if (partners.length === 0) throw new Error(`联办件 ${item.name} names no government co-handling department`);
      const lead = Math.min(Math.max(roundHalf(total * 0.4), 0.5), total - 0.5);
      return [
        { name: '牵头部门审查', limitDays: lead, departmentIds: [own.id] },
        { name: '联合审查', limitDays: total - lead, departmentIds: [...new Set(partners.map((d) => d.id))] },
      ];
    }
    case HandlingClass.ESCALATED: {
      // The county department of the line checks first; the deciding department is
      // the item's own when it sits above the county, else the county's upper one.
      const first = departments.get(own.line, Level.COUNTY);
      const decider = level === Level.COUNTY ? departments.nearest(own.line, Level.CITY) : own;
      if (!decider || decider.id === first.id) throw new Error(`上报件 ${item.name} has no upper department`);
      const check = Math.max(0.5, Math.min(total >= 10 ? 2 : 1, floorHalf(total / 2)));
      return [
        { name: '初审', limitDays: check, departmentIds: [first.id] },
        { name: '上级审批', limitDays: total - check, departmentIds: [decider.id] },
      ];
    }
  }
}

// ---------------------------------------------------------------- certificates

const VERIFY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function verifyCode(): string {
  return Array.from({ length: 6 }, () => VERIFY_ALPHABET[randomInt(VERIFY_ALPHABET.length)]).join('');
}
const shanghai = (date: string) => new Date(`${date}T00:00:00+08:00`);

// ---------------------------------------------------------------- accounts table

export type DemoAccountRow = { username: string; password: string; role: Role; name: string; place: string };

const ROLE_LABEL: Record<Role, string> = {
  APPLICANT: '申请人',
  CLERK: '窗口人员',
  WINDOW_LEAD: '窗口负责人',
  REVIEWER: '审查人员',
  DEPT_HEAD: '部门负责人',
  SUPERVISOR: '效能监察',
  ADMIN: '系统管理员',
};

async function readAccounts(client: Tx): Promise<DemoAccountRow[]> {
  const users = await client.user.findMany({
    where: { username: { in: DEMO_ACCOUNTS.map((a) => a.username) } },
    include: { department: { include: { region: true } }, window: { include: { region: true } } },
  });
  const order = new Map(DEMO_ACCOUNTS.map((a, i) => [a.username, i]));
  users.sort((a, b) => order.get(a.username)! - order.get(b.username)!);
  return users.map((u) => ({
    username: u.username,
    password: DEMO_PASSWORD,
    role: u.role,
    name: u.name,
    place: u.department
      ? `${u.department.region.name}${u.department.name}`
      : u.window
        ? `${SERVICE_CENTER_NAME} ${u.window.name} (${u.window.code})`
        : u.role === Role.APPLICANT
          ? (u.companyName ?? '个人')
          : SERVICE_CENTER_NAME,
  }));
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** The demo accounts as a text table with Chinese and English headers. */
export function formatAccountsTable(rows: DemoAccountRow[]): string {
  const header = ['用户名 Username', '密码 Password', '角色 Role', '姓名 Name', '部门/窗口 Department/Window'];
  const body = rows.map((r) => [r.username, r.password, `${ROLE_LABEL[r.role]} ${r.role}`, r.name, r.place]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((row) => displayWidth(row[i]!))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

// ---------------------------------------------------------------- the seed

/** cuid-shaped ids (25 chars, leading `c`), made here so every row can go in with one createMany. */
let idCounter = randomInt(36 ** 4);
function newId(): string {
  idCounter = (idCounter + 1) % 36 ** 4;
  const random = Array.from({ length: 12 }, () => randomInt(36).toString(36)).join('');
  return `c${Date.now().toString(36).padStart(8, '0')}${idCounter.toString(36).padStart(4, '0')}${random}`;
}

// Hashing is slow on purpose (argon2id) and the database tests seed before every
// test: hash once per process, each account with its own salt.
let accountHashes: Promise<string[]> | undefined;
function demoPasswordHashes(): Promise<string[]> {
  accountHashes ??= Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  accountHashes.catch(() => (accountHashes = undefined));
  return accountHashes;
}

let staticData:
  | {
      items: CatalogItem[];
      tags: ReturnType<typeof loadItemTags>;
      formFields: ReturnType<typeof loadFormFields>;
      calendar: ReturnType<typeof chineseDaysOverrides>;
    }
  | undefined;
function loadStaticData() {
  staticData ??= { items: loadCatalogItems(), tags: loadItemTags(), formFields: loadFormFields(), calendar: chineseDaysOverrides() };
  return staticData;
}

/** Every row of the demo data, built in memory with their ids. */
function buildDemoData(hashes: string[]) {
  const { items, tags, formFields, calendar } = loadStaticData();
  for (const [code, entry] of Object.entries(formFields)) {
    if (!items.some((i) => i.code === code && i.name === entry.name))
      throw new Error(`form fields for ${code} ${entry.name}: no such item in prisma/data/service-items.json`);
  }

  const regionIds: Record<Level, string> = { PROVINCE: newId(), CITY: newId(), COUNTY: newId() };
  const regions: Prisma.RegionCreateManyInput[] = [
    { id: regionIds.PROVINCE, ...pick(REGIONS.PROVINCE), level: Level.PROVINCE, parentId: null },
    { id: regionIds.CITY, ...pick(REGIONS.CITY), level: Level.CITY, parentId: regionIds.PROVINCE },
    { id: regionIds.COUNTY, ...pick(REGIONS.COUNTY), level: Level.COUNTY, parentId: regionIds.CITY },
  ];

  // Departments: every item's own, the upper (city) one of every county department,
  // the government co-handling ones, and those the demo accounts need.
  const departments = new Departments();
  for (const item of items) {
    const l = lineOf(item.department);
    departments.want(l, LEVEL[item.level]);
    if (HANDLING_CLASS[item.handlingClass] === HandlingClass.ESCALATED) departments.want(l, Level.COUNTY);
  }
  for (const account of DEMO_ACCOUNTS) if (account.department) departments.want(lineOf(account.department[0]), account.department[1]);
  for (const l of LINES) if (departments.planned(l, Level.COUNTY) && l.city) departments.want(l, Level.CITY);
  for (const item of items) {
    const level = LEVEL[item.level];
    const chain = level === Level.COUNTY ? [Level.COUNTY, Level.CITY, Level.PROVINCE] : level === Level.CITY ? [Level.CITY, Level.PROVINCE] : [Level.PROVINCE];
    for (const l of governmentCoHandlers(item)) if (!chain.some((lv) => departments.planned(l, lv))) departments.want(l, level);
  }
  const departmentRows = departments.build(regionIds);

  // Windows of the county service center.
  const windows: Prisma.WindowCreateManyInput[] = WINDOWS.map((w) => ({ id: newId(), ...w, regionId: regionIds.COUNTY }));
  const windowId = (code: string) => windows.find((w) => w.code === code)!.id!;

  const users: Prisma.UserCreateManyInput[] = DEMO_ACCOUNTS.map((a, i) => ({
    id: a.id,
    username: a.username,
    name: a.name,
    phone: a.phone,
    passwordHash: hashes[i]!,
    role: a.role,
    departmentId: a.department ? departments.get(lineOf(a.department[0]), a.department[1]).id : null,
    windowId: a.window ? windowId(a.window) : null,
    applicantKind: a.applicantKind ?? null,
    idNumber: a.idNumber ?? null,
    companyName: a.companyName ?? null,
    creditCode: a.creditCode ?? null,
  }));

  // The catalog.
  const serviceItems: Prisma.ServiceItemCreateManyInput[] = [];
  const versions: Prisma.ServiceItemVersionCreateManyInput[] = [];
  const materials: Prisma.MaterialRequirementCreateManyInput[] = [];
  const situations: Prisma.SituationCreateManyInput[] = [];
  const situationMaterials: { materialId: string; situationId: string }[] = [];
  const steps: Prisma.ProcessStepCreateManyInput[] = [];
  const stages: Prisma.RouteStageCreateManyInput[] = [];
  const stageDepartments: Prisma.RouteStageDepartmentCreateManyInput[] = [];
  for (const item of items) {
    const tag = tags[item.code];
    if (!tag) throw new Error(`no tags for item ${item.code} ${item.name} in prisma/data/item-tags.json`);
    const level = LEVEL[item.level];
    const type = ITEM_TYPE[item.type];
    const resultType = RESULT_TYPE[item.resultType];
    const dept = departments.get(lineOf(item.department), level);
    const promised = promisedLimitOf(item);
    const route = planStages(item, promised.days, departments);
    const routeTotal = route.reduce((sum, st) => sum + st.limitDays, 0);
    if (route.length && routeTotal !== promised.days) throw new Error(`stages of ${item.name} add up to ${routeTotal}, not ${promised.days}`);
    const charged = !item.fee.includes('不收费');
    const searchText = searchTextOf({
      name: item.name,
      keywords: tag.keywords,
      materials: item.materials.map((m) => m.name),
      // The guide's own wording of the unit (…（行政审批局）, …（户籍派出所）) finds it too.
      departments: [dept.name, departmentBaseName(item.department) !== item.department ? item.department : null],
    });

    const itemId = newId();
    const versionId = newId();
    serviceItems.push({ id: itemId, basicCode: item.code, name: item.name });
    versions.push({
      id: versionId,
      itemId,
      version: 1,
      status: VersionStatus.PUBLISHED,
      effectiveFrom: CATALOG_EFFECTIVE_FROM,
      implementationCode: `${item.code}-${REGIONS[level].code}`,
      codeIsReal: item.codeIsReal,
      name: item.name,
      type,
      level,
      departmentId: dept.id,
      legalBasis: item.legalBasis,
      handlingClass: HANDLING_CLASS[item.handlingClass],
      statutoryLimitDays: item.statutoryLimitDays,
      promisedLimitDays: promised.days,
      acceptConditions: item.acceptConditions,
      coHandling: item.coHandlingDepartments ?? [],
      fee: item.fee,
      feeBasis: null,
      onlineDepth: item.onlineDepth,
      appointment: true,
      onlinePayment: charged && item.onlineDepth >= 3,
      // 结婚登记 is registered and its certificate handed over in person, on the spot.
      postalDelivery: resultType !== ResultType.OTHER && item.name !== '内地居民结婚登记',
      // 电子送达 where the item is handled fully online (the guide offered it so before it was a setting).
      electronicDelivery: item.onlineDepth >= 4,
      resultName: item.resultName,
      resultType,
      resultCertificate: resultType === ResultType.CERTIFICATE ? item.resultName : null,
      contactPhone: dept.phone,
      complaintPhone: '12345',
      keywords: tag.keywords,
      lifeEvents: tag.lifeEvents,
      formFields: formFields[item.code]?.fields ?? [],
      disclose: disclosedByDefault({ basicCode: item.code, type }),
      sourceUrl: item.sourceUrl ?? null,
      notes: [item.notes, promised.note].filter(Boolean).join('\n') || null,
      searchText,
    });
    const materialIds = new Map<string, string>();
    item.materials.forEach((m, sort) => {
      const id = newId();
      if (!m.required) materialIds.set(m.name, id);
      materials.push({
        id,
        versionId,
        sort,
        name: m.name,
        form: MATERIAL_FORM[m.form],
        copies: m.copies,
        required: m.required,
        note: m.note ?? null,
        certificateType: m.sharedCertificate ?? null,
      });
    });
    (item.situations ?? []).forEach((situation, sort) => {
      const id = newId();
      situations.push({ id, versionId, sort, name: situation.name });
      // Only conditional materials belong to a situation; required ones are asked anyway.
      for (const name of situation.extraMaterials) {
        const materialId = materialIds.get(name);
        if (materialId) situationMaterials.push({ materialId, situationId: id });
      }
    });
    item.steps.forEach((name, sort) => steps.push({ id: newId(), versionId, sort, name, limitDays: null }));
    route.forEach((st, i) => {
      const stageId = newId();
      stages.push({ id: stageId, versionId, sort: i + 1, name: st.name, limitDays: st.limitDays });
      for (const departmentId of st.departmentIds) stageDepartments.push({ stageId, departmentId });
    });
  }

  return {
    regions,
    departments: departmentRows,
    windows,
    users,
    serviceItems,
    versions,
    materials,
    situations,
    situationMaterials,
    steps,
    stages,
    stageDepartments,
    certificates: certificateRows(departments),
    calendarDays: calendar.map(
      (d) => ({ date: d.date, working: d.working, name: d.name ?? null, source: 'chinese-days' }) satisfies Prisma.CalendarDayCreateManyInput,
    ),
  };
}

/** E-certificates the demo applicants already hold (零材料). */
function certificateRows(departments: Departments): Prisma.CertificateCreateManyInput[] {
  const police = departments.get(lineOf('公安局'), Level.COUNTY);
  const market = departments.get(lineOf('市场监督管理局'), Level.COUNTY);
  return [
    {
      number: DEMO_APPLICANT.idNumber,
      type: '居民身份证',
      holderId: 'user-applicant',
      holderName: DEMO_APPLICANT.name,
      holderIdNo: DEMO_APPLICANT.idNumber,
      issuer: `${REGIONS.COUNTY.name}${police.name}`,
      issuerDeptId: police.id,
      issuedAt: shanghai('2016-05-20'),
      validUntil: shanghai('2036-05-20'),
      data: {
        name: DEMO_APPLICANT.name,
        sex: '男',
        ethnicity: '汉',
        birthDate: DEMO_APPLICANT.birthDate,
        address: DEMO_APPLICANT.address,
        idNumber: DEMO_APPLICANT.idNumber,
        validity: '2016.05.20-2036.05.20',
      },
      verifyCode: verifyCode(),
    },
    {
      number: `${REGIONS.COUNTY.code}-HK-000123`,
      type: '居民户口簿',
      holderId: 'user-applicant',
      holderName: DEMO_APPLICANT.name,
      holderIdNo: DEMO_APPLICANT.idNumber,
      issuer: `${REGIONS.COUNTY.name}${police.name}城关派出所`,
      issuerDeptId: police.id,
      issuedAt: shanghai('2008-04-02'),
      validUntil: null,
      scope: '家庭户',
      data: {
        householdNumber: '000123',
        householdType: '家庭户',
        householder: DEMO_APPLICANT.name,
        address: DEMO_APPLICANT.address,
        members: [{ name: DEMO_APPLICANT.name, relation: '户主', idNumber: DEMO_APPLICANT.idNumber, birthDate: DEMO_APPLICANT.birthDate }],
      },
      verifyCode: verifyCode(),
    },
    {
      number: DEMO_COMPANY.creditCode,
      type: '营业执照',
      holderId: 'user-company',
      holderName: DEMO_COMPANY.name,
      holderIdNo: DEMO_COMPANY.creditCode,
      issuer: `${REGIONS.COUNTY.name}${market.name}`,
      issuerDeptId: market.id,
      issuedAt: shanghai('2024-03-18'),
      validUntil: null,
      scope: '一般项目：软件开发；信息系统集成服务；信息技术咨询服务；数据处理和存储支持服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
      data: {
        name: DEMO_COMPANY.name,
        creditCode: DEMO_COMPANY.creditCode,
        companyType: '有限责任公司（自然人投资或控股）',
        legalRepresentative: DEMO_COMPANY.representative,
        registeredCapital: '壹佰万元整',
        establishedOn: '2024-03-18',
        businessTerm: '长期',
        address: DEMO_COMPANY.address,
      },
      verifyCode: verifyCode(),
    },
    {
      number: DEMO_COMPANY.representativeIdNumber,
      type: '居民身份证',
      holderId: 'user-company',
      holderName: DEMO_COMPANY.representative,
      holderIdNo: DEMO_COMPANY.representativeIdNumber,
      issuer: `${REGIONS.COUNTY.name}${police.name}`,
      issuerDeptId: police.id,
      issuedAt: shanghai('2015-09-08'),
      validUntil: shanghai('2035-09-08'),
      data: {
        name: DEMO_COMPANY.representative,
        sex: '男',
        ethnicity: '汉',
        birthDate: '1985-06-12',
        address: DEMO_COMPANY.address,
        idNumber: DEMO_COMPANY.representativeIdNumber,
        validity: '2015.09.08-2035.09.08',
      },
      verifyCode: verifyCode(),
    },
  ];
}

export type SeedOptions = { /** Do not print the accounts table. */ quiet?: boolean };
export type SeedResult = { created: boolean; accounts: DemoAccountRow[]; counts?: Record<string, number> };

const SEED_LOCK = 5_116_020_260; // pg_advisory_xact_lock key: concurrent seeds run one after the other

/**
 * Seeds the demo data unless the `demo-data` setting says it is there, then
 * prints the demo accounts (unless quiet). Everything is written in one
 * transaction, the marker last.
 */
export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const result = await seed(prisma);
  if (!options.quiet) {
    if (result.created) {
      const c = result.counts ?? {};
      console.log(`演示数据已写入 Demo data seeded: ${c.items} items, ${c.departments} departments, ${c.calendarDays} calendar days.`);
    } else {
      console.log(`演示数据已存在，未做任何修改 Demo data already present (setting "${DEMO_MARKER_KEY}"): nothing changed.`);
    }
    console.log(`\n演示账号 Demo accounts (${SERVICE_CENTER_NAME})\n\n${formatAccountsTable(result.accounts)}`);
  }
  return result;
}

async function seed(prisma: PrismaClient): Promise<SeedResult> {
  if (await prisma.setting.findUnique({ where: { key: DEMO_MARKER_KEY } })) {
    return { created: false, accounts: await readAccounts(prisma) };
  }
  const data = buildDemoData(await demoPasswordHashes());

  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK}::bigint)`;
      if (await tx.setting.findUnique({ where: { key: DEMO_MARKER_KEY } })) {
        return { created: false, accounts: await readAccounts(tx) };
      }
      await tx.region.createMany({ data: data.regions });
      await tx.department.createMany({ data: data.departments });
      await tx.window.createMany({ data: data.windows });
      await tx.user.createMany({ data: data.users });
      await tx.serviceItem.createMany({ data: data.serviceItems });
      await tx.serviceItemVersion.createMany({ data: data.versions });
      await tx.materialRequirement.createMany({ data: data.materials });
      await tx.situation.createMany({ data: data.situations });
      if (data.situationMaterials.length) {
        // The implicit many-to-many table: A = MaterialRequirement.id, B = Situation.id.
        await tx.$executeRaw`
          INSERT INTO "_SituationMaterials" ("A", "B")
          SELECT * FROM unnest(${data.situationMaterials.map((x) => x.materialId)}::text[], ${data.situationMaterials.map((x) => x.situationId)}::text[])`;
      }
      await tx.processStep.createMany({ data: data.steps });
      await tx.routeStage.createMany({ data: data.stages });
      await tx.routeStageDepartment.createMany({ data: data.stageDepartments });
      await tx.certificate.createMany({ data: data.certificates });
      await seedBundles(tx, CATALOG_EFFECTIVE_FROM);
      // The working-day calendar: statutory holidays and 调休 days (kept if the admin already has a row).
      const calendarDays = (await tx.calendarDay.createMany({ data: data.calendarDays, skipDuplicates: true })).count;
      // This year and the next, if the package has no data for them: the statutory holidays,
      // provisional until the admin confirms the year (docs/clock.md; the worker does the same each day).
      const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
      for (const year of [thisYear, thisYear + 1]) {
        if (data.calendarDays.some((d) => d.date.startsWith(`${year}-`))) continue;
        await tx.calendarDay.createMany({
          data: statutoryHolidays(year).map((d) => ({ date: d.date, working: false, name: d.name ?? null, source: 'statutory' })),
          skipDuplicates: true,
        });
        await tx.calendarYear.create({ data: { year, provisional: true } });
      }
      // Settings, the marker last.
      await tx.setting.createMany({
        data: [
          { key: 'office-hours', value: { start: '09:00', noon: '12:00', end: '17:00' } },
          { key: 'warning-thresholds', value: { days: 1, ratio: 0.2 } },
          { key: 'service-center', value: { name: SERVICE_CENTER_NAME, regionCode: REGIONS.COUNTY.code } },
          // No due date stored yet: none computed with an older counting rule.
          { key: CLOCK_RULE_KEY, value: CLOCK_RULE },
        ],
        skipDuplicates: true,
      });
      await tx.setting.create({ data: { key: DEMO_MARKER_KEY, value: { seededAt: new Date().toISOString() } } });
      return {
        created: true,
        accounts: await readAccounts(tx),
        counts: { items: data.serviceItems.length, departments: data.departments.length, calendarDays },
      };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

function pick(r: { code: string; name: string }) {
  return { code: r.code, name: r.name };
}

// ---------------------------------------------------------------- command line

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: run `npm run db:seed`');
  // Its transactions one query at a time, as the app's (docs/decisions/0021-one-query-at-a-time.md).
  const { OneQueryAtATimePrismaPg } = await import('../src/lib/one-query-at-a-time');
  const prisma = new PrismaClient({ adapter: new OneQueryAtATimePrismaPg({ connectionString }) });
  const started = performance.now();
  try {
    await seedDemoData(prisma);
    // Demo cases for someone trying the portal, only into a database without
    // any: a second run changes nothing. They go through the domain's use cases
    // (server-only code), hence `--conditions=react-server` in `npm start` and
    // `npm run db:seed`; the tests' seed stays without cases.
    if ((await prisma.application.count()) === 0) {
      const { seedDemoCases } = await import('./demo-cases');
      const { db } = await import('../src/lib/db');
      try {
        const { cases } = await seedDemoCases(prisma);
        console.log(`\n演示办件已写入 Demo cases seeded: ${cases} applications over the last six weeks.`);
      } finally {
        await db.$disconnect();
      }
    }
    console.log(`\n(${((performance.now() - started) / 1000).toFixed(2)} s)`);
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
