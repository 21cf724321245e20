import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { failure, formObject } from '@/lib/action';
import { contentDisposition, safeFileName } from '@/lib/files/file-name';
import { hasActiveContent } from '@/lib/files/active-content';
import { controlCharacterErrors, text } from '@/lib/validation/text';

describe('control characters in text (issue 14, point 12)', () => {
  it('the shared text schema refuses them with a field error and keeps tabs and line breaks', () => {
    const schema = z.object({ body: text().min(1) });
    const refused = schema.safeParse({ body: 'a\u0000b' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('controlCharacters');
    expect(schema.parse({ body: '第一行\n\t第二行\r\n' }).body).toBe('第一行\n\t第二行');
    expect(schema.safeParse({ body: 'abc\u202Efdp' }).success).toBe(false);
  });

  it('finds every string with one in an action’s input, by its path', () => {
    expect(controlCharacterErrors({ note: 'ok', answers: { name: 'x\u0000' }, situationIds: ['a', 'b\u001b'] })).toEqual({
      'answers.name': ['controlCharacters'],
      situationIds: ['controlCharacters'],
    });
    expect(controlCharacterErrors({ note: '多行\n文本' })).toEqual({});
    expect(controlCharacterErrors({ 'bad\u0000key': 'v' })).toEqual({ _form: ['controlCharacters'] });
  });
});

describe('actions called with junk (point 19)', () => {
  it('reads anything that is not form data as an empty form instead of throwing', () => {
    expect(formObject('not a form' as unknown)).toEqual({});
    expect(formObject(undefined)).toEqual({});
    expect(formObject({ get: 1 })).toEqual({});
    const form = new FormData();
    form.append('a', '1');
    form.append('$ACTION_ID_x', '');
    expect(formObject(form)).toEqual({ a: '1' });
  });

  it('answers a schema refusal thrown inside a use case as field errors, not INTERNAL', () => {
    const error = z.object({ applicationId: z.string().min(1) }).safeParse({ applicationId: '' }).error!;
    expect(failure(error, 1)).toEqual({ ok: false, error: 'INVALID_INPUT', fieldErrors: { applicationId: ['required'] }, at: 1 });
  });
});

describe('file names and active content (point 11)', () => {
  it('offers a download under a safe name, with an ASCII fallback and RFC 5987 filename*', () => {
    expect(contentDisposition('inline', 'invoice\u202Efdp.exe')).toBe(`inline; filename="invoicefdp.exe"; filename*=UTF-8''invoicefdp.exe`);
    expect(contentDisposition('attachment', '身份证 "正面".pdf')).toBe(
      `attachment; filename="___ ____.pdf"; filename*=UTF-8''%E8%BA%AB%E4%BB%BD%E8%AF%81%20%22%E6%AD%A3%E9%9D%A2%22.pdf`,
    );
    expect(contentDisposition('inline', 'a\r\nSet-Cookie: x=1')).not.toMatch(/[\r\n]/);
  });

  it('keeps the extension of the type found from the bytes', () => {
    expect(safeFileName('照片.PNG', 'image/png')).toBe('照片.PNG');
    expect(safeFileName('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(safeFileName('page.html', 'application/pdf')).toBe('page.html.pdf');
    expect(safeFileName('\u0000\u202E', 'application/pdf')).toBe('file.pdf');
    expect(safeFileName('...hidden', 'application/pdf')).toBe('hidden.pdf');
  });

  it('finds HTML inside an image and leaves a plain one alone', () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    expect(hasActiveContent(new Uint8Array(Buffer.concat([png, Buffer.from('<html><script>x</script>')])), 'image/png')).toBe(true);
    expect(hasActiveContent(new Uint8Array(Buffer.concat([png, Buffer.alloc(64, 7)])), 'image/png')).toBe(false);
  });
});

describe('server action arguments as React encodes them (point 19)', () => {
  const none = { text: () => undefined, isBlob: () => false };
  const form = (fields: Record<string, string | Blob>) => ({
    text: (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : undefined),
    isBlob: (key: string) => fields[key] instanceof Blob,
  });

  it('accepts what the browser sends: plain values, form data, escapes, a repeated object', async () => {
    const { isWellFormedReply } = await import('@/lib/security/action-reply');
    expect(isWellFormedReply('[{"draftId":"","versionId":"v1","answers":{}}]', none)).toBe(true);
    expect(isWellFormedReply('[null,"$K1"]', form({ '1_note': 'x' }))).toBe(true);
    expect(isWellFormedReply('["$$100 元","$undefined","$D2026-12-06T00:00:00.000Z","$n42"]', none)).toBe(true);
    expect(isWellFormedReply('[{"a":{"b":1},"c":"$0:0:a"}]', none)).toBe(true);
    expect(isWellFormedReply('["$1"]', form({ '1': '{"x":1}' }))).toBe(true);
  });

  it('refuses what makes the decoder throw or wait forever', async () => {
    const { isWellFormedReply } = await import('@/lib/security/action-reply');
    expect(isWellFormedReply(undefined, none)).toBe(false);
    expect(isWellFormedReply('%00', none)).toBe(false);
    expect(isWellFormedReply('{"a":1}', none)).toBe(false);
    expect(isWellFormedReply('["$1"]', none)).toBe(false);
    expect(isWellFormedReply('["$"]', none)).toBe(false);
    expect(isWellFormedReply('["$nabc"]', none)).toBe(false);
    expect(isWellFormedReply('["$@1"]', form({ '1': '1' }))).toBe(false);
    expect(isWellFormedReply('["$h1"]', form({ '1': '{"id":"x","bound":null}' }))).toBe(false);
    expect(isWellFormedReply('["$1"]', form({ '1': 'not json' }))).toBe(false);
    expect(isWellFormedReply('["$B1"]', form({ '1': 'text, not a blob' }))).toBe(false);
  });
});

describe('addresses the proxy refuses (points 12, 19)', () => {
  it('refuses NUL and escapes that do not decode, and leaves everything else to the pages', async () => {
    const { isCleanAddress } = await import('@/lib/security/address');
    expect(isCleanAddress('/services', '?q=%00')).toBe(false);
    expect(isCleanAddress('/services/%00', '')).toBe(false);
    expect(isCleanAddress('/services/%E0%A4%A', '')).toBe(false);
    expect(isCleanAddress('/statistics', '?from=%C0')).toBe(false);
    expect(isCleanAddress('/services', '?q=%E6%8A%A4%E7%85%A7&page=2')).toBe(true);
    expect(isCleanAddress('/services', '?q=a+b')).toBe(true);
    expect(isCleanAddress('/login', '?next=%2F%09%2Fevil.example')).toBe(true);
  });
});

describe('multipart part headers (point 19)', () => {
  it('refuses a part header with a control character, as the multipart parser would', async () => {
    const { hasCleanPartHeaders } = await import('@/lib/security/action-reply');
    const body = (name: string) =>
      new TextEncoder().encode(
        `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\nvalue\r\n--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--b--\r\n`,
      );
    expect(hasCleanPartHeaders(body('1_note'), 'multipart/form-data; boundary=b')).toBe(true);
    expect(hasCleanPartHeaders(body('1_护照'), 'multipart/form-data; boundary=b')).toBe(true);
    expect(hasCleanPartHeaders(body('1_a\u0000b'), 'multipart/form-data; boundary=b')).toBe(false);
    expect(hasCleanPartHeaders(body('x\nSet-Cookie: a=1'), 'multipart/form-data; boundary=b')).toBe(false);
    expect(hasCleanPartHeaders(body('1_note'), 'multipart/form-data')).toBe(false);
  });
});
