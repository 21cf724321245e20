/**
 * The access matrix (issue 14): every server action and every route handler,
 * found from the code so a new one cannot be forgotten, against every role,
 * anonymous included. Refusals answer UNAUTHENTICATED or NOT_FOUND and change
 * nothing in the database. The actions run for real: only Next's
 * request-scoped helpers are replaced, and their cookies carry a session token
 * encrypted as next-auth issues it, so the actor goes through
 * src/lib/auth/session.ts like in the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/generated/prisma/enums';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { decideTask } from '@/lib/routing/decide-task';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

const session = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = 'access-matrix-secret-0123456789abcdef';
  return { cookies: [] as { name: string; value: string }[] };
});
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => session.cookies.find((c) => c.name === name),
    getAll: () => session.cookies,
    set: () => undefined,
    delete: () => undefined,
    has: (name: string) => session.cookies.some((c) => c.name === name),
  }),
}));

const APP = path.resolve(import.meta.dirname, '../../src/app');

function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesNamed(full, name) : e.name === name ? [full] : [];
  });
}

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? (e.name === 'generated' ? [] : sourceFiles(full)) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/**
 * Every exported server action, as "<file under src, without .ts>#<name>", read from the
 * source: every file that starts with 'use server', whatever its name.
 */
function actionsInCode(): string[] {
  return sourceFiles(SRC).flatMap((file) => {
    const source = fs.readFileSync(file, 'utf8');
    if (!/^\s*['"]use server['"]/.test(source)) return [];
    const names = [...source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm), ...source.matchAll(/^export\s+const\s+(\w+)\s*=/gm)].map((m) => m[1]);
    return names.map((n) => `${path.relative(SRC, file).replace(/\.tsx?$/, '')}#${n}`);
  });
}

function routesInCode(): string[] {
  return filesNamed(APP, 'route.ts').map((f) => path.relative(APP, path.dirname(f)));
}

type Principal = 'anonymous' | 'zhangsan' | 'qiye' | 'clerk' | 'lead' | 'reviewer.scj' | 'reviewer.ga' | 'head.scj' | 'supervisor' | 'admin';
const PRINCIPALS: Principal[] = ['anonymous', 'zhangsan', 'qiye', 'clerk', 'lead', 'reviewer.scj', 'reviewer.ga', 'head.scj', 'supervisor', 'admin'];
const ROLE_OF: Record<Exclude<Principal, 'anonymous'>, Role> = {
  zhangsan: 'APPLICANT',
  qiye: 'APPLICANT',
  clerk: 'CLERK',
  lead: 'WINDOW_LEAD',
  'reviewer.scj': 'REVIEWER',
  'reviewer.ga': 'REVIEWER',
  'head.scj': 'DEPT_HEAD',
  supervisor: 'SUPERVISOR',
  admin: 'ADMIN',
};

const APPLICANT: Role[] = ['APPLICANT'];
const WINDOW: Role[] = ['CLERK', 'WINDOW_LEAD'];
const DEPARTMENT: Role[] = ['REVIEWER', 'DEPT_HEAD'];
const SIGNED_IN: Role[] = ['APPLICANT', 'CLERK', 'WINDOW_LEAD', 'REVIEWER', 'DEPT_HEAD', 'SUPERVISOR', 'ADMIN'];
const PUBLIC = 'public' as const;

/**
 * Who may call each action at all. Roles outside get NOT_FOUND, anonymous
 * UNAUTHENTICATED; the object gates within the roles are checked below.
 */
const ACTIONS: Record<string, Role[] | typeof PUBLIC> = {
  'app/(admin)/admin/calendar/actions#addCalendarDayAction': ['ADMIN'],
  'app/(admin)/admin/calendar/actions#removeCalendarDayAction': ['ADMIN'],
  'app/(admin)/admin/calendar/actions#confirmCalendarYearAction': ['ADMIN'],
  'app/(admin)/admin/api-keys/actions#issueApiKeyAction': ['ADMIN'],
  'app/(admin)/admin/api-keys/actions#revokeApiKeyAction': ['ADMIN'],
  'app/(admin)/admin/subscribers/actions#registerSubscriberAction': ['ADMIN'],
  'app/(admin)/admin/subscribers/actions#setSubscriberActiveAction': ['ADMIN'],
  'app/(admin)/admin/subscribers/actions#replayDeliveryAction': ['ADMIN'],
  'app/(admin)/admin/bundles/actions#saveBundleDraftAction': ['ADMIN'],
  'app/(admin)/admin/bundles/actions#publishBundleAction': ['ADMIN'],
  'app/(admin)/admin/catalog-transfer/actions#importCatalogAction': ['ADMIN'],
  'app/(admin)/admin/departments/actions#saveDepartmentAction': ['ADMIN'],
  'app/(admin)/admin/departments/actions#saveWindowAction': ['ADMIN'],
  'app/(admin)/admin/items/actions#createItemAction': ['ADMIN'],
  'app/(admin)/admin/items/actions#updateDraftAction': ['ADMIN'],
  'app/(admin)/admin/items/actions#publishAction': ['ADMIN'],
  'app/(admin)/admin/items/actions#newDraftAction': ['ADMIN'],
  'app/(admin)/admin/items/actions#cancelItemAction': ['ADMIN'],
  'app/(admin)/admin/items/actions#delegateItemAction': ['ADMIN'],
  'app/(admin)/admin/items/actions#mergeItemsAction': ['ADMIN'],
  'app/(admin)/admin/items/actions#splitItemAction': ['ADMIN'],
  'app/(admin)/admin/settings/actions#updateRectificationLimitAction': ['ADMIN'],
  'app/(admin)/admin/settings/actions#updateHallOpeningAction': ['ADMIN'],
  'app/(applicant)/me/actions#submitApplicationAction': APPLICANT,
  'app/(applicant)/me/actions#saveDraftAction': APPLICANT,
  'app/(applicant)/me/actions#uploadDraftFilesAction': APPLICANT,
  'app/(applicant)/me/actions#listMaterialLibraryAction': APPLICANT,
  'app/(applicant)/me/actions#pickLibraryFileAction': APPLICANT,
  'app/(applicant)/me/actions#removeDraftFileAction': APPLICANT,
  'app/(applicant)/me/actions#deleteDraftAction': APPLICANT,
  'app/(applicant)/me/actions#answerCorrectionAction': APPLICANT,
  'app/(applicant)/me/applications/[id]/conversation-actions#sendApplicantMessageAction': APPLICANT,
  'app/(applicant)/me/applications/[id]/conversation-actions#rateServiceAction': APPLICANT,
  'app/(applicant)/me/applications/[id]/material-request-actions#answerMaterialRequestAction': APPLICANT,
  'app/(applicant)/me/applications/[id]/delivery-actions#chooseDeliveryAction': APPLICANT,
  'app/(applicant)/me/bundles/actions#submitBundleAction': APPLICANT,
  'app/(applicant)/me/bundles/actions#answerBundleCorrectionAction': APPLICANT,
  'app/(applicant)/me/bundles/actions#saveBundleFormDraftAction': APPLICANT,
  'app/(applicant)/me/bundles/actions#pickBundleLibraryFileAction': APPLICANT,
  'app/(applicant)/me/bundles/actions#removeBundleDraftFileAction': APPLICANT,
  'app/(applicant)/me/bundles/actions#requestEarlyCollectionAction': APPLICANT,
  // Every signed-in person reads their own notifications; the use case touches only the caller's.
  'app/notifications-actions#markNotificationsReadAction': SIGNED_IN,
  // The language cookie: anyone.
  'i18n/locale-actions#setLocale': PUBLIC,
  'app/(applicant)/me/appointments/actions#bookAppointmentAction': APPLICANT,
  'app/(applicant)/me/appointments/actions#cancelAppointmentAction': APPLICANT,
  // Any signed-in person may complain or ask; the domain checks what they name.
  'app/(applicant)/me/complaints/actions#fileComplaintAction': SIGNED_IN,
  'app/(applicant)/me/inquiries/actions#askQuestionAction': SIGNED_IN,
  'app/(department)/review/actions#decideTaskAction': DEPARTMENT,
  'app/(department)/review/actions#claimTaskAction': DEPARTMENT,
  'app/(department)/review/actions#assignTaskAction': ['DEPT_HEAD'],
  'app/(department)/review/actions#startSuspensionAction': DEPARTMENT,
  'app/(department)/review/actions#endSuspensionAction': DEPARTMENT,
  'app/(department)/review/actions#requestExtensionAction': DEPARTMENT,
  'app/(department)/review/actions#decideExtensionAction': ['DEPT_HEAD'],
  'app/(department)/review/inquiries/actions#answerInquiryAction': DEPARTMENT,
  'app/(department)/review/messages/actions#replyMessageAction': DEPARTMENT,
  'app/(department)/review/rectifications/actions#updateRectificationAction': DEPARTMENT,
  'app/(public)/activate/actions#requestActivationAction': PUBLIC,
  'app/(public)/activate/actions#activateAccountAction': PUBLIC,
  'app/(public)/hall/take/actions#takeQueueTicketAction': PUBLIC,
  'app/(public)/track/actions#lookupProgressAction': PUBLIC,
  'app/(supervisor)/oversee/actions#updateThresholdsAction': ['SUPERVISOR', 'ADMIN'],
  'app/(supervisor)/oversee/complaints/actions#answerComplaintAction': ['SUPERVISOR'],
  'app/(supervisor)/oversee/complaints/actions#assignComplaintAction': ['SUPERVISOR'],
  'app/(supervisor)/oversee/rectifications/actions#reviewRectificationAction': ['SUPERVISOR'],
  'app/(window)/desk/actions#acceptAction': WINDOW,
  'app/(window)/desk/actions#requestCorrectionAction': WINDOW,
  'app/(window)/desk/actions#rejectAction': WINDOW,
  'app/(window)/desk/actions#registerWalkInAction': WINDOW,
  'app/(window)/desk/applications/[id]/actions#answerCorrectionAtWindowAction': WINDOW,
  'app/(window)/desk/immediate/actions#proposeImmediateAction': WINDOW,
  'app/(window)/desk/immediate/actions#reviewImmediateAction': ['WINDOW_LEAD'],
  'app/(window)/desk/inquiries/actions#answerInquiryAction': WINDOW,
  'app/(window)/desk/messages/actions#replyMessageAction': WINDOW,
  'app/(window)/desk/queue/actions#callNextTicketAction': WINDOW,
  'app/(window)/desk/queue/actions#recallTicketAction': WINDOW,
  'app/(window)/desk/queue/actions#finishTicketAction': WINDOW,
  'app/(window)/desk/results/actions#deliverResultAction': WINDOW,
  'app/(window)/desk/bundles/actions#acceptBundleAction': WINDOW,
  'app/(window)/desk/bundles/actions#requestBundleCorrectionAction': WINDOW,
  'app/(window)/desk/bundles/actions#deliverBundleAction': WINDOW,
  'app/(window)/desk/bundles/actions#registerWalkInBundleAction': WINDOW,
  'app/(window)/desk/bundles/actions#deliverBundlePartAction': WINDOW,
};

/** Route handlers: public ones, and those that answer only a signed-in person allowed to see the object. */
const ROUTES: Record<string, 'public' | 'signed-in' | 'admin' | 'auth'> = {
  '(admin)/admin/catalog-transfer/export': 'admin',
  '(admin)/admin/quality/export': 'admin',
  '(public)/services/[code]/checklist.pdf': 'public',
  '(public)/services/bundles/[code]/checklist.pdf': 'public',
  'api/open-data/bundles': 'public',
  // Operators' probes: no data beyond up / ready.
  healthz: 'public',
  readyz: 'public',
  // Open311: reading is public; filing needs a partner's API key, checked by the handler (tests/db/open311.test.ts).
  'open311/v2/[...path]': 'public',
  'open311/v2/discovery.xml': 'public',
  'open311/v2/requests.json': 'public',
  'open311/v2/requests.xml': 'public',
  'open311/v2/requests/[file]': 'public',
  'open311/v2/services.xml': 'public',
  'open311/v2/tokens/[file]': 'public',
  'api/auth/[...nextauth]': 'auth',
  'api/certificates/[id]': 'signed-in',
  'api/decisions/[id]': 'signed-in',
  'api/files/[id]': 'signed-in',
  'api/notices/[id]/[kind]': 'signed-in',
  'api/oversee/filter-choices': 'signed-in',
  'api/open-data/services/[code]': 'public',
  'api/open-data/services/[code]/versions': 'public',
  'api/open-data/services': 'public',
  'api/statistics/export': 'signed-in',
  'api/statistics': 'public',
  'open311/v2/discovery.json': 'public',
  'open311/v2/services.json': 'public',
  'open311/v2/services/[file]': 'public',
};

async function signInAs(principal: Principal) {
  if (principal === 'anonymous') {
    session.cookies = [];
    return;
  }
  const user = await db.user.findUniqueOrThrow({ where: { username: principal }, select: { id: true, sessionVersion: true } });
  const token = await encode({ token: { sub: user.id, sv: user.sessionVersion }, secret: process.env.NEXTAUTH_SECRET! });
  session.cookies = [{ name: 'next-auth.session-token', value: token }];
}

/** A digest of every row of every table (the throttles' counters aside): equal means nothing changed. */
async function snapshot(): Promise<string> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'ThrottleCounter') ORDER BY tablename`;
  const parts = tables.map(
    (t) => `SELECT '${t.tablename}' AS t, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${t.tablename}" x`,
  );
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(parts.join(' UNION ALL '));
  return rows
    .map((r) => `${r.t}:${r.h}`)
    .sort()
    .join('\n');
}

type Outcome = { ok: boolean; error?: string };

async function callAction(key: string, form: FormData): Promise<Outcome> {
  const [file, name] = key.split('#');
  const mod = (await import(/* @vite-ignore */ path.join(SRC, `${file}.ts`))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const fn = mod[name];
  try {
    // Form actions take (previous state, form data), bound ones an id before them; the rest the form data alone.
    const args = fn.length >= 3 ? [form.get('id'), null, form] : fn.length === 2 ? [null, form] : [form];
    const result = (await fn(...args)) as { ok?: boolean; error?: string } | null | undefined;
    if (result && typeof result === 'object' && 'ok' in result) return { ok: Boolean(result.ok), error: result.error };
    return { ok: true };
  } catch (error) {
    // An action that redirects after its work did it: that is no refusal.
    if (String((error as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT')) return { ok: true };
    return { ok: false, error: (error as { code?: string }).code ?? 'THROWN' };
  }
}

/** Ids of other people's and other departments' objects under every name the forms use. */
function foreignForm(ids: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(ids)) form.set(k, v);
  for (const [k, v] of Object.entries({
    body: '你好',
    reason: '理由充分',
    opinion: '同意',
    note: '备注',
    decision: 'APPROVED',
    outcome: 'CONFIRM',
    days: '1',
    kind: 'HEARING',
    lock: '0',
  }))
    form.set(k, v);
  return form;
}

describe('the access matrix', () => {
  it('knows every server action and route handler in the code', () => {
    expect(actionsInCode().sort()).toEqual(Object.keys(ACTIONS).sort());
    expect(routesInCode().sort()).toEqual(Object.keys(ROUTES).sort());
  });

  let ids: Record<string, string> = {};
  beforeEach(async () => {
    // An object of each kind that belongs to qiye and to 市场监管局's task: "another owner" for
    // zhangsan, "another department" for 公安局 (reviewer.ga has no task in this item).
    const qiye = await actorOf('qiye');
    const { id } = await submitOnline(qiye, '个体工商户设立登记', monday);
    const file = await db.storedFile.findFirstOrThrow({ where: { material: { applicationId: id } } });
    ids = { applicationId: id, id, fileId: file.id, fileIds: file.id, materialId: file.materialId ?? '' };
  });

  it.each(Object.entries(ACTIONS))('%s: anonymous and roles outside %j are refused, and nothing changes', { timeout: 60_000 }, async (key, allowed) => {
    const before = await snapshot();
    for (const principal of PRINCIPALS) {
      const role = principal === 'anonymous' ? null : ROLE_OF[principal];
      if (allowed === PUBLIC) continue;
      if (role && allowed.includes(role)) continue;
      await signInAs(principal);
      const outcome = await callAction(key, foreignForm(ids));
      expect({ principal, ...outcome }).toEqual({ principal, ok: false, error: role ? 'NOT_FOUND' : 'UNAUTHENTICATED' });
    }
    expect(await snapshot()).toBe(before);
  });
});

/** zhangsan's passport case: accepted, its one task open at 公安局 (reviewer.ga); 市场监管局 has no task in it. */
async function openPassportCase() {
  const [zhangsan, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
  const { id } = await submitOnline(zhangsan, '普通护照签发', monday);
  await acceptApplication(clerk, id, monday);
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
  return { id, task };
}

describe('the object gates of the actions', () => {
  it('refuses another department’s task and case, and another owner’s case, changing nothing', async () => {
    const { id, task } = await openPassportCase();
    const cells: [string, Principal, Record<string, string>][] = [
      ['app/(department)/review/actions#claimTaskAction', 'reviewer.scj', { taskId: task.id, lock: String(task.lock) }],
      ['app/(department)/review/actions#decideTaskAction', 'reviewer.scj', { taskId: task.id, lock: String(task.lock), decision: 'APPROVED', opinion: '同意' }],
      ['app/(department)/review/actions#decideTaskAction', 'head.scj', { taskId: task.id, lock: String(task.lock), decision: 'APPROVED', opinion: '同意' }],
      ['app/(department)/review/actions#requestExtensionAction', 'reviewer.scj', { taskId: task.id, days: '1', reason: '需要补充调查' }],
      ['app/(department)/review/messages/actions#replyMessageAction', 'reviewer.scj', { applicationId: id, body: '您好，请补充材料' }],
      ['app/(applicant)/me/complaints/actions#fileComplaintAction', 'qiye', { target: 'CASE', applicationId: id, content: '办理太慢了，请督促' }],
      ['app/(applicant)/me/applications/[id]/delivery-actions#chooseDeliveryAction', 'qiye', { applicationId: id, deliveryMethod: 'WINDOW' }],
    ];
    const before = await snapshot();
    for (const [key, principal, fields] of cells) {
      await signInAs(principal);
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      expect({ key, principal, ...(await callAction(key, form)) }).toEqual({ key, principal, ok: false, error: 'NOT_FOUND' });
    }
    expect(await snapshot()).toBe(before);
    // The same forms from the department that holds the task go through (the cells test the gate, not the form).
    await signInAs('reviewer.ga');
    const form = new FormData();
    form.set('taskId', task.id);
    form.set('lock', String(task.lock));
    expect(await callAction('app/(department)/review/actions#claimTaskAction', form)).toEqual({ ok: true });
  });
});

describe('the download routes', () => {
  type Expect = Partial<Record<Principal, number>>;
  // Who reads zhangsan's decided passport case: the owner, the window, the deciding department (公安局)
  // and supervision. Another owner, another department and the catalog admin get 404, anonymous 401.
  const CASE_READERS: Expect = {
    anonymous: 401,
    zhangsan: 200,
    qiye: 404,
    clerk: 200,
    lead: 200,
    'reviewer.ga': 200,
    'reviewer.scj': 404,
    'head.scj': 404,
    supervisor: 200,
    admin: 404,
  };

  async function get(route: string, params: Record<string, string>, query = ''): Promise<number> {
    const mod = (await import(/* @vite-ignore */ path.join(APP, route, 'route.ts'))) as {
      GET: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
    };
    const response = await mod.GET(new Request(`http://portal.test/${route}${query}`), { params: Promise.resolve(params) });
    return response.status;
  }

  it('answers each role as the matrix says, audits the staff reads, and refusals change nothing', { timeout: 240_000 }, async () => {
    const { id, task } = await openPassportCase();
    await decideTask(await actorOf('reviewer.ga'), { taskId: task.id, decision: 'APPROVED' }, monday);
    const file = await db.storedFile.findFirstOrThrow({ where: { material: { applicationId: id } } });
    const certificate = await db.certificate.findFirstOrThrow({ where: { applicationId: id } });
    const documents: [string, Record<string, string>][] = [
      ['api/files/[id]', { id: file.id }],
      ['api/decisions/[id]', { id }],
      ['api/certificates/[id]', { id: certificate.id }],
      ['api/notices/[id]/[kind]', { id, kind: 'acceptance' }],
    ];
    for (const [route, params] of documents) {
      for (const principal of PRINCIPALS) {
        await signInAs(principal);
        const expected = CASE_READERS[principal]!;
        const before = expected === 200 ? null : await snapshot();
        expect({ route, principal, status: await get(route, params) }).toEqual({ route, principal, status: expected });
        if (before) expect(await snapshot()).toBe(before);
      }
    }
    // Each staff read that was served is in the case's trail; the owner's are not.
    const reads = await db.auditEvent.count({ where: { applicationId: id, action: 'read' } });
    const staffReaders = Object.entries(CASE_READERS).filter(([p, s]) => s === 200 && p !== 'zhangsan').length;
    expect(reads).toBe(staffReaders * documents.length);
  });

  it('keeps the admin exports to the admin and the statistics export to supervision and the admin', async () => {
    for (const principal of PRINCIPALS) {
      await signInAs(principal);
      const admin = principal === 'admin';
      expect({ principal, status: await get('(admin)/admin/catalog-transfer/export', {}) }).toMatchObject({ principal, status: admin ? 200 : 404 });
      const statistics = await get('api/statistics/export', {}, '?from=2026-11-01&to=2026-11-30');
      const expected = principal === 'anonymous' ? 401 : principal === 'supervisor' || admin ? 200 : 404;
      expect({ principal, statistics }).toEqual({ principal, statistics: expected });
    }
  });

  it("keeps the board's type-ahead to supervision", async () => {
    for (const principal of PRINCIPALS) {
      await signInAs(principal);
      const status = await get('api/oversee/filter-choices', {}, '?field=department&q=%E5%85%AC%E5%AE%89');
      const expected = principal === 'anonymous' ? 401 : principal === 'supervisor' ? 200 : 404;
      expect({ principal, status }).toEqual({ principal, status: expected });
    }
  });
});
