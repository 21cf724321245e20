import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { getApplication } from '@/lib/applications/get-application';
import { encode } from 'next-auth/jwt';
import { actorForSession, contextForSession, sessionClaimsFrom } from '@/lib/auth/session-actor';
import { authenticate } from '@/lib/auth/authenticate';
import { endSessions, setUserActive, signOutSession } from '@/lib/auth/end-sessions';
import { listMessages } from '@/lib/conversation/list-messages';
import { sendMessage } from '@/lib/conversation/send-message';
import { db } from '@/lib/db';
import { readStoredFile } from '@/lib/files/read-stored-file';
import { acceptApplication } from '@/lib/intake/accept-application';
import { renderNotice } from '@/lib/intake/render-notice';
import { decideTask } from '@/lib/routing/decide-task';
import { renderDecision } from '@/lib/results/render-decision';
import { getCaseClock } from '@/lib/supervision/get-case-clock';
import { listSupervisionBoard } from '@/lib/supervision/list-supervision-board';
import { actorOf, submitOnline, takeOnline } from '../support/factories';
import { codeOf } from '../support/errors';
import { monday } from '../support/instants';

async function reviewerOf(departmentName: string, regionName: string): Promise<Actor> {
  const department = await db.department.findFirstOrThrow({ where: { name: departmentName, region: { name: regionName } }, select: { id: true } });
  return db.user.create({
    data: { username: `t.${departmentName}.${regionName}`, name: '测试审查', passwordHash: '-', role: 'REVIEWER', departmentId: department.id },
    select: { id: true, name: true, role: true, departmentId: true, windowId: true },
  });
}

/** An escalated 临时救助 case the county denies at stage 1: the city's stage-2 task is cancelled while still waiting. */
async function deniedAtFirstStage() {
  const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
  const [county, city] = await Promise.all([reviewerOf('民政局', '示范县'), reviewerOf('民政局', '示范市')]);
  await takeOnline('临时救助');
  const { id } = await submitOnline(applicant, '临时救助', monday);
  await acceptApplication(clerk, id, monday);
  const countyTask = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, departmentId: county.departmentId!, status: 'OPEN' } });
  await decideTask(county, { taskId: countyTask.id, decision: 'DENIED', opinion: '不符合救助条件' }, monday);
  const cityTask = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, departmentId: city.departmentId! } });
  const file = await db.storedFile.findFirstOrThrow({ where: { material: { applicationId: id } } });
  return { id, applicant, clerk, county, city, cityTask, file };
}

describe('a department sees a case only when its task was opened', () => {
  it('keeps a later stage that was cancelled while waiting out of the case, its files, decision and conversation', async () => {
    const { id, county, city, cityTask, file } = await deniedAtFirstStage();
    expect(cityTask).toMatchObject({ status: 'CANCELLED', openedAt: null });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DECIDED', decision: 'DENIED' });

    expect(await codeOf(getApplication(city, id))).toBe('NOT_FOUND');
    expect(await codeOf(readStoredFile(city, file.id))).toBe('NOT_FOUND');
    expect(await codeOf(renderDecision(city, id))).toBe('NOT_FOUND');
    expect(await codeOf(renderNotice(city, id, 'acceptance'))).toBe('NOT_FOUND');
    expect(await codeOf(listMessages(city, id))).toBe('NOT_FOUND');
    expect(await codeOf(sendMessage(city, { applicationId: id, body: '您好' }))).toBe('NOT_FOUND');
    expect(await db.applicationMessage.count({ where: { applicationId: id } })).toBe(0);

    // The department that had the case still has it.
    expect(await codeOf(getApplication(county, id))).toBe('OK');
    expect(await codeOf(readStoredFile(county, file.id))).toBe('OK');
  });
});

describe('least privilege for the admin, and every staff read in the trail', () => {
  it('gives the catalog admin no case, file, decision, notice or board', async () => {
    const { id, file } = await deniedAtFirstStage();
    const admin = await actorOf('admin');
    expect(await codeOf(getApplication(admin, id))).toBe('NOT_FOUND');
    expect(await codeOf(readStoredFile(admin, file.id))).toBe('NOT_FOUND');
    expect(await codeOf(renderDecision(admin, id))).toBe('NOT_FOUND');
    expect(await codeOf(renderNotice(admin, id, 'acceptance'))).toBe('NOT_FOUND');
    expect(await codeOf(listMessages(admin, id))).toBe('NOT_FOUND');
    expect(await codeOf(getCaseClock(admin, id))).toBe('NOT_FOUND');
    expect(await codeOf(listSupervisionBoard(admin, { kind: 'case' }))).toBe('NOT_FOUND');
    // Supervision keeps its view.
    expect(await codeOf(getApplication(await actorOf('supervisor'), id))).toBe('OK');
  });

  it('records who read which citizen document and when, on the case, and not the applicant’s own reads', async () => {
    const { id, applicant, county, file } = await deniedAtFirstStage();
    const clerk = await actorOf('clerk');
    await readStoredFile(applicant, file.id);
    await renderDecision(applicant, id);
    expect(await db.auditEvent.count({ where: { applicationId: id, action: 'read' } })).toBe(0);

    const before = new Date();
    await readStoredFile(county, file.id);
    await renderDecision(clerk, id);
    await renderNotice(clerk, id, 'acceptance');
    const reads = await db.auditEvent.findMany({ where: { applicationId: id, action: 'read' }, orderBy: { id: 'asc' } });
    expect(reads.map((r) => [r.actorId, r.actorRole, r.entity, r.entityId])).toEqual([
      [county.id, 'REVIEWER', 'StoredFile', file.id],
      [clerk.id, 'CLERK', 'Decision', id],
      [clerk.id, 'CLERK', 'Notice', `${id}:acceptance`],
    ]);
    expect(reads[0].reason).toBe(file.name);
    for (const r of reads) expect(r.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    // The supervision trail shows them; the case's own timeline and the public progress page do not.
    const clock = await getCaseClock(await actorOf('supervisor'), id);
    expect(clock.audit.filter((e) => e.action === 'read')).toHaveLength(3);
    const view = await getApplication(applicant, id);
    expect(view.timeline.some((e) => e.action === 'read')).toBe(false);
  });
});

describe('sessions end on the server', () => {
  async function signedIn(username: string) {
    const user = await authenticate(username, 'Demo@2026', '10.9.0.1');
    expect(user).not.toBeNull();
    return { sub: user!.id, sv: user!.sessionVersion };
  }

  it('sign-out ends the token at once, everywhere, and an old token cannot sign its owner out again', async () => {
    const token = await signedIn('clerk');
    expect(await actorForSession(token)).toMatchObject({ role: 'CLERK' });
    await signOutSession(token.sub, token.sv);
    expect(await actorForSession(token)).toBeNull();

    const fresh = await signedIn('clerk');
    expect(fresh.sv).toBe(token.sv + 1);
    await signOutSession(token.sub, token.sv); // the old token replayed
    expect(await actorForSession(fresh)).toMatchObject({ role: 'CLERK' });
  });

  it('gives every page the whole actor and the count of their unread notifications', async () => {
    const token = await signedIn('clerk');
    const user = await db.user.findUniqueOrThrow({ where: { id: token.sub } });
    const before = await db.notification.count({ where: { userId: user.id, readAt: null } });
    await db.notification.createMany({
      data: [1, 2, 3].map((n) => ({ userId: user.id, title: `通知 ${n}`, body: '正文', readAt: n === 3 ? new Date() : null })),
    });
    expect(await contextForSession(token)).toEqual({
      actor: { id: user.id, name: user.name, role: 'CLERK', departmentId: user.departmentId, windowId: user.windowId },
      unreadNotifications: before + 2,
    });
    expect(await contextForSession({ sub: token.sub, sv: token.sv + 1 })).toEqual({ actor: null, unreadNotifications: 0 });
    expect(await contextForSession({ sub: token.sub, sv: 1.5 })).toEqual({ actor: null, unreadNotifications: 0 });
  });

  it('finds the session token among the cookies, whole or in the chunks next-auth splits a long one into', async () => {
    const secret = 'session-cookie-test-secret-0123456789';
    const name = 'next-auth.session-token';
    const token = await encode({ token: { sub: 'u1', sv: 3 }, secret });
    const read = (cookies: { name: string; value: string }[], secure = false) => sessionClaimsFrom({ getAll: () => cookies }, { secret, secure });
    const other = { name: 'locale', value: 'en' };
    expect(await read([other, { name, value: token }])).toMatchObject({ sub: 'u1', sv: 3 });
    const half = Math.floor(token.length / 2);
    const chunks = [{ name: `${name}.1`, value: token.slice(half) }, other, { name: `${name}.0`, value: token.slice(0, half) }];
    expect(await read(chunks)).toMatchObject({ sub: 'u1', sv: 3 });
    expect(await read([other, { name: `__Secure-${name}`, value: token }])).toBeNull();
    expect(await read([other, { name: `__Secure-${name}`, value: token }], true)).toMatchObject({ sub: 'u1', sv: 3 });
    expect(await read([{ name, value: '' }])).toBeNull();
    expect(await read([{ name, value: 'abc' }])).toBeNull();
    expect(await read([{ name, value: await encode({ token: { sub: 'u1', sv: 3 }, secret: 'another-secret-0123456789abcdef' }) }])).toBeNull();
    expect(await read([{ name, value: await encode({ token: { sub: 'u1', sv: 3 }, secret, maxAge: -60 }) }])).toBeNull();
    expect(await sessionClaimsFrom({ getAll: () => [{ name, value: token }] }, { secret: undefined, secure: false })).toBeNull();
  });

  it('a password set or changed and a deactivation end the sessions too', async () => {
    const token = await signedIn('lead');
    await db.$transaction((tx) => endSessions(tx, token.sub));
    expect(await actorForSession(token)).toBeNull();

    const again = await signedIn('lead');
    await setUserActive(again.sub, false);
    expect(await actorForSession(again)).toBeNull();
    await setUserActive(again.sub, true);
    // Reactivated, the old token stays dead: only a new sign-in works.
    expect(await actorForSession(again)).toBeNull();
    expect(await actorForSession(await signedIn('lead'))).toMatchObject({ role: 'WINDOW_LEAD' });
  });

  it('refuses malformed claims', async () => {
    const token = await signedIn('supervisor');
    expect(await actorForSession(null)).toBeNull();
    expect(await actorForSession({ sub: token.sub, sv: '0' })).toBeNull();
    expect(await actorForSession({ sub: 42, sv: 0 })).toBeNull();
    // A token from before session versions carries none: version 0, valid until the first sign-out.
    expect(await actorForSession({ sub: token.sub })).toMatchObject({ role: 'SUPERVISOR' });
  });
});
