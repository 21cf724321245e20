// A server action's refusal in words, made on the server (src/i18n/error-text.ts):
// what the forms show now that the browser has no validation or error messages.
import { describe, expect, it } from 'vitest';
import { errorTextIn } from '@/i18n/error-text';

describe('a refusal in words', () => {
  it('words the form and each field in Chinese, an unknown key as "invalid"', () => {
    expect(errorTextIn('zh-CN', { error: 'INVALID_INPUT', fieldErrors: { phone: ['phone'], note: ['noSuchKey'] } })).toEqual({
      form: '填写的内容有误，请按提示修改。',
      fields: { phone: ['请输入正确的手机号或固定电话（如 0826-2345678）。'], note: ['格式不正确。'] },
    });
  });

  it('words a refused file by its own name beside its field, in English for an English reader', () => {
    const text = errorTextIn('en', {
      error: 'INVALID_INPUT',
      fieldErrors: { contactName: ['required'] },
      refused: [
        { field: 'material.m1', name: 'scan.pdf', reason: 'FILE_TOO_LARGE', limit: 10 },
        { field: 'material.m1', name: 'a.exe', reason: 'FILE_TYPE' },
      ],
    });
    expect(text.form).toBe('2 files did not pass the check, so no file was uploaded. Replace the files named next to the materials and send again.');
    expect(text.fields['material.m1']).toEqual(['"scan.pdf" was not uploaded: it is larger than 10 MB.', expect.stringContaining('"a.exe" was not uploaded')]);
    expect(text.fields.contactName).toEqual([expect.any(String)]);
    expect(text.fields.contactName[0]).not.toMatch(/validation\./);
  });

  it('words a refusal without fields by its code alone', () => {
    expect(errorTextIn('zh-CN', { error: 'NOT_FOUND' })).toEqual({ form: '没有找到该记录，或您无权查看。', fields: {} });
  });
});
