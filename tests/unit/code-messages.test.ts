import { describe, expect, it } from 'vitest';
import en from '@/i18n/messages/en';
import zh from '@/i18n/messages/zh-CN';
import { findingKinds } from '@/lib/catalog-admin/get-quality-report';
import { errorCodes } from '@/lib/errors';

// The UI translates codes the domain returns (house style: AppError codes are
// translated, never shown): a code without its message would show the key.
describe('messages for the codes the domain returns', () => {
  it.each([
    ['zh-CN', zh],
    ['en', en],
  ])('has an errors.<code> message for every AppError code in %s', (_locale, messages) => {
    const missing = errorCodes.filter((code) => !messages.errors[code]);
    expect(missing).toEqual([]);
  });

  it.each([
    ['zh-CN', zh],
    ['en', en],
  ])('names every finding kind of the quality report in %s', (_locale, messages) => {
    const kinds: Record<string, string> = messages.catalogAdmin.qualityReport.kind;
    expect(findingKinds.filter((kind) => !kinds[kind])).toEqual([]);
  });
});
