import { describe, expect, it } from 'vitest';
import { auditActionText, auditChangeText } from '@/i18n/audit-text';
import en from '@/i18n/messages/en';
import zh from '@/i18n/messages/zh-CN';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_STATES } from '@/lib/audit/vocabulary';
import { ApplicationStatus, TaskStatus } from '@/generated/prisma/enums';

type Tree = { [k: string]: string | Tree };
const lookup = (messages: object, key: string) => key.split('.').reduce<unknown>((o, p) => (o && typeof o === 'object' ? (o as Tree)[p] : undefined), messages);

/** A translator over the real message files, enough for the helpers (`{name}` placeholders only). */
function translator(messages: object) {
  const t = (key: string, values: Record<string, string | number> = {}) => {
    const text = lookup(messages, key);
    if (typeof text !== 'string') throw new Error(`no message ${key}`);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
  };
  t.has = (key: string) => typeof lookup(messages, key) === 'string';
  return t;
}

const languages = [
  ['zh-CN', zh],
  ['en', en],
] as const;
const codeLike = /^[a-z]+(-[a-z]+)+$|^[A-Z_]{3,}$|->|→/;

describe('the audit trail in words', () => {
  for (const [lang, messages] of languages) {
    it(`has a sentence for every action the code can write (${lang})`, () => {
      expect(AUDIT_ACTIONS.filter((a) => typeof lookup(messages, `auditWords.actions.${a}`) !== 'string')).toEqual([]);
    });
    it(`has a word for every state the audit trail can write (${lang})`, () => {
      expect(AUDIT_STATES.filter((s) => typeof lookup(messages, `auditWords.states.${s}`) !== 'string')).toEqual([]);
    });
    it(`names every kind of record (${lang})`, () => {
      expect(AUDIT_ENTITIES.filter((e) => typeof lookup(messages, `auditWords.entities.${e}`) !== 'string')).toEqual([]);
    });
    it(`never shows a code in a timeline or a change (${lang})`, () => {
      const t = translator(messages);
      const day = (d: Date) => d.toISOString().slice(0, 10);
      for (const action of AUDIT_ACTIONS) expect(auditActionText(t, action)).not.toMatch(codeLike);
      for (const from of Object.values(ApplicationStatus)) {
        const change = auditChangeText(t, from, 'SUBMITTED', day);
        expect(change).not.toMatch(/[A-Z_]{4,}|->/);
      }
      for (const s of Object.values(TaskStatus)) expect(auditChangeText(t, null, s, day)).not.toMatch(/[A-Z_]{4,}/);
    });
  }

  it('reads the two languages of one change', () => {
    const day = (d: Date) => d.toISOString().slice(0, 10);
    expect(auditChangeText(translator(zh), 'DRAFT', 'SUBMITTED', day)).toBe('由“草稿”变为“已提交”');
    expect(auditChangeText(translator(en), 'DRAFT', 'SUBMITTED', day)).toBe('from draft to submitted');
    expect(auditActionText(translator(en), 'answer-correction')).toBe('The applicant sent the corrected material');
    expect(auditActionText(translator(zh), 'answer-correction')).toBe('申请人已提交补正材料');
  });

  it('formats a recomputed due date and names an action it no longer knows without its code', () => {
    const day = (d: Date) => d.toISOString().slice(0, 10);
    expect(auditChangeText(translator(en), '2026-11-23T16:00:00.000Z', '2026-11-25T16:00:00.000Z', day)).toBe('from 2026-11-23 to 2026-11-25');
    expect(auditActionText(translator(en), 'some-old-action')).toBe('The record was updated');
    expect(auditChangeText(translator(en), null, null, day)).toBeNull();
  });
});
