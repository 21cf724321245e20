import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { endSessions } from '@/lib/auth/end-sessions';
import { actorForSession } from '@/lib/auth/session-actor';
import { signInWithIdentity } from '@/lib/auth/sign-in-with-identity';
import { db } from '@/lib/db';
import { storeUpload } from '@/lib/files/store-upload';
import { registerWalkIn } from '@/lib/intake/register-walk-in';
import { actorOf, pdfBytes, publishedVersion } from '../support/factories';
import { monday } from '../support/instants';

const NAMES = { idNumber: 'id_number', name: 'name', phone: 'phone_number', creditCode: 'credit_code', companyName: 'company_name' };
const WALK_IN_ID = '511602199001011236';
const NEW_ID = '11010519491231002X';

/** A person the clerk registered at the window, as registerWalkIn makes them. */
async function walkIn(idNumber: string) {
  const clerk = await actorOf('clerk');
  const version = await publishedVersion('普通护照签发');
  const materials: Record<string, { status: 'PRESENT'; reason: string; fileIds: string[] }> = {};
  for (const m of version.materials.filter((m) => m.required)) {
    const scan = await storeUpload(clerk, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) });
    materials[m.id] = { status: 'PRESENT', reason: '', fileIds: [scan.id] };
  }
  await registerWalkIn(clerk, { submitKey: randomUUID(), idNumber, name: '王五', phone: '13977770001', versionId: version.id, materials }, monday);
  return db.user.findUniqueOrThrow({ where: { idNumber }, select: { id: true, username: true, sessionVersion: true } });
}

describe('sign-in through the unified identity platform', () => {
  it('links a walk-in account by ID number the first time, then by the subject, with working sessions', async () => {
    const person = await walkIn(WALK_IN_ID);
    expect(person.username).toMatch(/^walkin-/);

    const first = await signInWithIdentity({ sub: 'uia-1001', id_number: WALK_IN_ID.toLowerCase(), name: '王五' }, NAMES);
    expect(first).toMatchObject({ id: person.id, created: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { oidcSubject: true } })).toEqual({ oidcSubject: 'uia-1001' });
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { entityId: person.id, action: 'link-oidc-identity' }, select: { data: true, actorId: true } }),
    ).toEqual({ data: { by: 'idNumber', walkIn: true }, actorId: person.id });
    // The applicant sees the case the window filed for them.
    expect(await db.application.count({ where: { applicantId: first.id } })).toBe(1);

    // The session goes through the same one-query check as a password session.
    expect(await actorForSession({ sub: first.id, sv: first.sessionVersion })).toMatchObject({ id: person.id, role: 'APPLICANT' });
    await endSessions(db, person.id);
    expect(await actorForSession({ sub: first.id, sv: first.sessionVersion })).toBeNull();

    // Next time the subject finds the account, whatever the claims say now.
    const again = await signInWithIdentity({ sub: 'uia-1001', name: '王五' }, NAMES);
    expect(again).toMatchObject({ id: person.id, created: false, sessionVersion: first.sessionVersion + 1 });
    expect(await db.auditEvent.count({ where: { entityId: person.id, action: 'link-oidc-identity' } })).toBe(1);
    // Another subject claiming the same ID number is refused, not merged in.
    await expect(signInWithIdentity({ sub: 'uia-9999', id_number: WALK_IN_ID, name: '王五' }, NAMES)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('makes a new applicant account for a person the portal does not know', async () => {
    const created = await signInWithIdentity({ sub: 'uia-2002', id_number: NEW_ID, name: '赵六', phone_number: '+8613800000001' }, NAMES);
    expect(created.created).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    // 13800000001 is 张三's sign-in phone already: not taken over.
    expect(user).toMatchObject({
      role: 'APPLICANT',
      applicantKind: 'PERSON',
      idNumber: NEW_ID,
      name: '赵六',
      phone: null,
      oidcSubject: 'uia-2002',
      active: true,
    });
    expect(user.username).toMatch(/^uia-[0-9a-f]{12}$/);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: 'register-oidc-applicant' } })).toBe(1);

    const other = await signInWithIdentity({ sub: 'uia-2003', id_number: '110105194912310038', name: '孙七', phone_number: '13600000009' }, NAMES);
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id }, select: { phone: true } })).toEqual({ phone: '13600000009' });
  });

  it('links a company by its credit code, and staff by the ID number on file', async () => {
    const qiye = await db.user.findUniqueOrThrow({ where: { username: 'qiye' }, select: { id: true, creditCode: true } });
    const company = await signInWithIdentity(
      { sub: 'uia-company', credit_code: qiye.creditCode!, company_name: '示范县云帆科技有限公司', name: '李经理' },
      NAMES,
    );
    expect(company).toMatchObject({ id: qiye.id, created: false });

    const clerk = await actorOf('clerk');
    await db.user.update({ where: { id: clerk.id }, data: { idNumber: '110105194912310054' } });
    expect(await signInWithIdentity({ sub: 'uia-clerk', id_number: '110105194912310054', name: '王窗口' }, NAMES)).toMatchObject({ id: clerk.id });
  });

  it('refuses claims it cannot trust or use, and deactivated accounts', async () => {
    await expect(signInWithIdentity({ id_number: NEW_ID, name: '赵六' }, NAMES)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(signInWithIdentity({ sub: 'uia-3', id_number: '110105194912310037', name: '赵六' }, NAMES)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(signInWithIdentity({ sub: 'uia-3', name: '赵六' }, NAMES)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(signInWithIdentity({ sub: 'uia-3', id_number: NEW_ID }, NAMES)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(signInWithIdentity({ sub: 'uia-3', credit_code: 'not-a-code', name: '李' }, NAMES)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await db.user.count({ where: { oidcSubject: { not: null } } })).toBe(0);

    // A claim of another name, when the platform names it so.
    const renamed = await signInWithIdentity({ sub: 'uia-4', sfzh: NEW_ID, xm: '赵六' }, { ...NAMES, idNumber: 'sfzh', name: 'xm' });
    expect(await db.user.findUniqueOrThrow({ where: { id: renamed.id }, select: { idNumber: true, name: true } })).toEqual({ idNumber: NEW_ID, name: '赵六' });

    const zhangsan = await actorOf('zhangsan');
    await db.user.update({ where: { id: zhangsan.id }, data: { active: false } });
    await expect(signInWithIdentity({ sub: 'uia-5', id_number: '511602199003151232', name: '张三' }, NAMES)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
