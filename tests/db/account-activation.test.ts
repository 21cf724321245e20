import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { activateAccount } from '@/lib/activation/activate-account';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { requestActivation } from '@/lib/activation/request-activation';
import { listMyApplications } from '@/lib/applications/list-my-applications';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { storeUpload } from '@/lib/files/store-upload';
import { registerWalkIn } from '@/lib/intake/register-walk-in';
import { actorOf, pdfBytes, publishedVersion } from '../support/factories';

/** A valid resident ID number (GB 11643) of its own per test: the request limiter counts per ID number for the whole file. */
function idNumberOf(serial: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = `51160219900101${String(serial).padStart(3, '0')}`;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

let PERSON_ID = '';
let nextSerial = 100;
beforeEach(() => {
  PERSON_ID = idNumberOf(nextSerial++);
});
const PERSON_PHONE = '13977770001';
const NEW_PASSWORD = 'Zhao2026pass';

/** The window registers 王五 for a passport case, as at the counter. */
async function registerPerson(phone = PERSON_PHONE) {
  const clerk = await actorOf('clerk');
  const version = await publishedVersion('普通护照签发');
  const materials: Record<string, { status: 'PRESENT'; fileIds: string[] }> = {};
  for (const m of version.materials.filter((m) => m.required)) {
    const scan = await storeUpload(clerk, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) });
    materials[m.id] = { status: 'PRESENT', fileIds: [scan.id] };
  }
  const result = await registerWalkIn(clerk, { submitKey: randomUUID(), idNumber: PERSON_ID, name: '王五', phone, versionId: version.id, materials });
  const person = await db.user.findUniqueOrThrow({ where: { idNumber: PERSON_ID }, select: { id: true, username: true, passwordHash: true } });
  return { applicationId: result.id, person };
}

/** Activation texts waiting in the outbox for this phone, newest first. */
function codeTexts(phone: string) {
  return db.outboxMessage.findMany({ where: { channel: 'SMS', address: phone, subject: '开通账号验证码' }, orderBy: { createdAt: 'desc' } });
}

async function sentCode(phone = PERSON_PHONE): Promise<string> {
  const [text] = await codeTexts(phone);
  const code = /验证码为 (\d{6})/.exec(text?.body ?? '')?.[1];
  if (!code) throw new Error(`no activation code was sent to ${phone}`);
  return code;
}

/** The field error keys of a refused call. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: (error.details?.fieldErrors ?? {}) as Record<string, string[]> };
    throw error;
  }
  return { code: 'OK', fields: {} };
}

describe('activating an account the window registered', () => {
  it('sends a code to the registered phone, sets the password, and the person signs in and sees the case', async () => {
    const { applicationId, person } = await registerPerson();
    expect(await authenticate(PERSON_PHONE, NEW_PASSWORD, '10.1.0.1')).toBeNull();

    await requestActivation({ idNumber: PERSON_ID, phone: PERSON_PHONE, clientAddress: '10.1.0.1' });
    const code = await sentCode();
    const stored = await db.activationCode.findFirstOrThrow({ where: { userId: person.id } });
    // Only a hash is kept, valid ten minutes.
    expect(stored.codeHash).not.toContain(code);
    expect(await verifyPassword(stored.codeHash, code)).toBe(true);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan(9 * 60_000);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeLessThanOrEqual(10 * 60_000 + 1000);
    // The code goes to the phone only, never into the account's inbox.
    expect(await db.outboxMessage.count({ where: { recipientId: person.id, body: { contains: code } } })).toBe(0);

    const result = await activateAccount({ idNumber: PERSON_ID, code, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(result).toEqual({ username: person.username, phone: PERSON_PHONE });
    expect((await db.activationCode.findUniqueOrThrow({ where: { id: stored.id } })).usedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entity: 'User', entityId: person.id, action: 'activate', actorId: person.id } })).toBe(1);
    // Told on the phone that the account is now open.
    expect(await db.outboxMessage.count({ where: { channel: 'SMS', address: PERSON_PHONE, subject: '账号已开通' } })).toBe(1);

    expect(await authenticate(PERSON_PHONE, NEW_PASSWORD, '10.1.0.1')).toMatchObject({ id: person.id });
    expect(await authenticate(person.username, NEW_PASSWORD, '10.1.0.1')).toMatchObject({ id: person.id });
    const mine = await listMyApplications(await actorOf(person.username));
    expect(JSON.stringify(mine)).toContain(applicationId);

    // Spent: the same code does not work twice, and the account cannot be activated again.
    expect((await refusal(activateAccount({ idNumber: PERSON_ID, code, password: 'Other2026x', confirmPassword: 'Other2026x' }))).fields.code).toEqual([
      'codeWrong',
    ]);
    await requestActivation({ idNumber: PERSON_ID, phone: PERSON_PHONE, clientAddress: '10.1.0.1' });
    expect(await codeTexts(PERSON_PHONE)).toHaveLength(1);
    expect(await authenticate(PERSON_PHONE, NEW_PASSWORD, '10.1.0.1')).not.toBeNull();
  });

  it('lets no stranger kill the person’s pending code, slows the guessing clients, and answers alike with or without a code', async () => {
    const { person } = await registerPerson();
    const now = new Date();
    const attempt = (code: string, clientAddress: string) =>
      refusal(activateAccount({ idNumber: PERSON_ID, code, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, clientAddress }, now));
    // Before any code was asked for: the same answer as a wrong code.
    expect(await attempt('123456', '10.4.0.1')).toEqual({ code: 'INVALID_INPUT', fields: { code: ['codeWrong'] } });

    await requestActivation({ idNumber: PERSON_ID, phone: PERSON_PHONE, clientAddress: '10.1.0.2' }, now);
    const code = await sentCode();
    const wrong = code === '000000' ? '111111' : '000000';
    // Twenty wrong codes from twenty clients: each a plain "wrong"...
    for (let i = 0; i < 20; i++) expect(await attempt(wrong, `10.4.1.${i}`)).toEqual({ code: 'INVALID_INPUT', fields: { code: ['codeWrong'] } });
    // ...a guessing client that comes back waits (the ID number's count binds those who failed on it),
    expect((await attempt(code, '10.4.1.3')).code).toBe('RATE_LIMITED');
    // one client alone waits after three wrong codes,
    for (let i = 0; i < 3; i++) await attempt(wrong, '10.4.2.1');
    expect((await attempt(code, '10.4.2.1')).code).toBe('RATE_LIMITED');
    // and the person's own code still works from the person's phone.
    expect(await attempt(code, '10.1.0.2')).toEqual({ code: 'OK', fields: {} });
    expect(await authenticate(PERSON_PHONE, NEW_PASSWORD, '10.1.0.2')).toMatchObject({ id: person.id });
  });

  it('refuses an expired code', async () => {
    const { person } = await registerPerson();
    const eleventhMinute = new Date(Date.now() - 11 * 60_000);
    await requestActivation({ idNumber: PERSON_ID, phone: PERSON_PHONE, clientAddress: '10.1.0.3' }, eleventhMinute);
    const code = await sentCode();
    const r = await refusal(activateAccount({ idNumber: PERSON_ID, code, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    // The same answer as a wrong code: nothing tells that a code was pending.
    expect(r).toEqual({ code: 'INVALID_INPUT', fields: { code: ['codeWrong'] } });
    const untouched = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { passwordHash: true } });
    expect(untouched.passwordHash).toBe(person.passwordHash);
  });

  it('answers a mismatched ID number or phone exactly like a match, and sends nothing', async () => {
    const { person } = await registerPerson();
    const before = await db.outboxMessage.count();
    // Right ID, wrong phone; unknown (but valid) ID number with the right phone.
    expect(await requestActivation({ idNumber: PERSON_ID, phone: '13977770009', clientAddress: '10.1.0.4' })).toBeUndefined();
    expect(await requestActivation({ idNumber: idNumberOf(999), phone: PERSON_PHONE, clientAddress: '10.1.0.4' })).toBeUndefined();
    expect(await db.outboxMessage.count()).toBe(before);
    expect(await db.activationCode.count()).toBe(0);
    // With no code issued, any code is just "wrong".
    const r = await refusal(activateAccount({ idNumber: PERSON_ID, code: '123456', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(r.fields.code).toEqual(['codeWrong']);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).passwordHash).toBe(person.passwordHash);
  });

  it('never lets anyone take over an account that is already in use (the demo applicant)', async () => {
    const zhangsan = await db.user.findUniqueOrThrow({ where: { username: 'zhangsan' } });
    const before = await db.outboxMessage.count();
    expect(await requestActivation({ idNumber: zhangsan.idNumber!, phone: zhangsan.phone!, clientAddress: '10.1.0.5' })).toBeUndefined();
    expect(await db.outboxMessage.count()).toBe(before);
    expect(await db.activationCode.count({ where: { userId: zhangsan.id } })).toBe(0);
    // Even a valid code planted for the account is not accepted: the account was never registered at a window.
    await db.activationCode.create({
      data: { userId: zhangsan.id, codeHash: await hashPassword('123456'), phone: zhangsan.phone!, expiresAt: new Date(Date.now() + 60_000) },
    });
    const r = await refusal(activateAccount({ idNumber: zhangsan.idNumber!, code: '123456', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(r.fields.code).toEqual(['codeWrong']);
    expect(await authenticate('zhangsan', 'Demo@2026', '10.1.0.5')).not.toBeNull();

    // The window registering a case for zhangsan does not make the account activatable either.
    const clerk = await actorOf('clerk');
    const version = await publishedVersion('普通护照签发');
    const materials: Record<string, { status: 'PRESENT'; fileIds: string[] }> = {};
    for (const m of version.materials.filter((m) => m.required)) {
      const scan = await storeUpload(clerk, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) });
      materials[m.id] = { status: 'PRESENT', fileIds: [scan.id] };
    }
    await registerWalkIn(clerk, {
      submitKey: randomUUID(),
      idNumber: zhangsan.idNumber!,
      name: zhangsan.name,
      phone: zhangsan.phone!,
      versionId: version.id,
      materials,
    });
    await requestActivation({ idNumber: zhangsan.idNumber!, phone: zhangsan.phone!, clientAddress: '10.1.0.5' });
    expect(await db.activationCode.count({ where: { userId: zhangsan.id, usedAt: null } })).toBe(1);
    expect(await codeTexts(zhangsan.phone!)).toHaveLength(0);
    expect(await authenticate('zhangsan', 'Demo@2026', '10.1.0.5')).not.toBeNull();
  });

  it('matches the contact phone when the number was already another account’s login', async () => {
    const zhangsan = await db.user.findUniqueOrThrow({ where: { username: 'zhangsan' } });
    const { person } = await registerPerson(zhangsan.phone!);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).phone).toBeNull();
    await requestActivation({ idNumber: PERSON_ID, phone: zhangsan.phone!, clientAddress: '10.1.0.6' });
    const code = await sentCode(zhangsan.phone!);
    expect(await activateAccount({ idNumber: PERSON_ID, code, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({
      username: person.username,
      phone: null,
    });
    expect(await authenticate(person.username, NEW_PASSWORD, '10.1.0.6')).toMatchObject({ id: person.id });
    // The phone login stays zhangsan's.
    expect(await authenticate(zhangsan.phone!, 'Demo@2026', '10.1.0.6')).toMatchObject({ id: zhangsan.id });
  });

  it('explains every bad input and limits requests per ID number and per address', async () => {
    const bad = await refusal(requestActivation({ idNumber: '511602199001011237', phone: '0826-2345678', clientAddress: '10.1.0.7' }));
    expect(bad).toEqual({ code: 'INVALID_INPUT', fields: { idNumber: ['idNumber'], phone: ['mobile'] } });
    const weak = await refusal(activateAccount({ idNumber: PERSON_ID, code: '12345', password: 'abcdefgh', confirmPassword: 'abcdefgx' }));
    expect(weak.fields).toEqual({ code: ['codeFormat'], password: ['passwordWeak'], confirmPassword: ['passwordMismatch'] });
    expect((await refusal(activateAccount({ idNumber: PERSON_ID, code: '123456', password: 'a1', confirmPassword: 'a1' }))).fields.password).toEqual([
      'passwordTooShort',
    ]);

    await registerPerson();
    for (let i = 0; i < 3; i++) await requestActivation({ idNumber: PERSON_ID, phone: PERSON_PHONE, clientAddress: `10.1.1.${i}` });
    expect((await refusal(requestActivation({ idNumber: PERSON_ID, phone: PERSON_PHONE, clientAddress: '10.1.1.9' }))).code).toBe('RATE_LIMITED');
    expect(await codeTexts(PERSON_PHONE)).toHaveLength(3);

    // One address trying many ID numbers is stopped too.
    for (let serial = 900; serial < 910; serial++) await requestActivation({ idNumber: idNumberOf(serial), phone: PERSON_PHONE, clientAddress: '10.1.2.1' });
    expect((await refusal(requestActivation({ idNumber: idNumberOf(910), phone: PERSON_PHONE, clientAddress: '10.1.2.1' }))).code).toBe('RATE_LIMITED');
    expect((await refusal(requestActivation({ idNumber: idNumberOf(910), phone: PERSON_PHONE, clientAddress: '10.1.2.2' }))).code).toBe('OK');
  });
});
