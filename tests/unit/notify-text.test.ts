import { describe, expect, it } from 'vitest';
import en from '@/i18n/messages/en';
import zh from '@/i18n/messages/zh-CN';
import { renderMessage } from '@/lib/notify/render-message';

/** The top-level arguments of an ICU message: `{item}`, `{kind, select, …}` give item and kind; the branches inside are skipped. */
function names(text: string): string[] {
  const found = new Set<string>();
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{' && depth++ === 0) start = i + 1;
    else if (text[i] === '}' && --depth === 0) found.add(text.slice(start, i).split(',')[0].trim());
  }
  return [...found].sort();
}

describe('notification texts', () => {
  const keys = Object.keys(zh.notifyText) as (keyof typeof zh.notifyText)[];

  it('take the same values in both languages', () => {
    for (const key of keys) {
      for (const part of ['subject', 'body'] as const) {
        expect({ key, part, names: names(en.notifyText[key][part]) }).toEqual({ key, part, names: names(zh.notifyText[key][part]) });
      }
    }
  });

  it('render every key in both languages with its values', () => {
    const sample: Record<string, string | number | string[] | [string, string][]> = {
      count: 2,
      days: 5,
      stars: 1,
      materials: ['身份证', '照片'],
      kind: 'HEARING',
      outcome: 'APPROVED',
      slotAt: '2026-11-24T01:30:00.000Z',
      level: 'RED',
      limit: 'statutory',
      early: 1,
    };
    // Lists of things with their notes, and the counts that leave out an empty list's sentence.
    const sampleOf = (n: string) => sample[n] ?? (n.endsWith('Count') ? 2 : n.endsWith('Pairs') ? [['营业执照', '材料不全']] : `值${n}`);
    const values = { item: '普通护照签发', receiptNumber: '511602-20261123-00001', reason: '材料不全', certificate: 'ZZ-1', kind: 'HEARING' };
    for (const key of keys) {
      // Every argument, those inside a branch too (`{openedCount, plural, =0 {} other {…{openedPairs}…}}`).
      const needed = [...`${zh.notifyText[key].subject} ${zh.notifyText[key].body}`.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]);
      const own = Object.fromEntries(needed.map((n) => [n, sampleOf(n)]));
      const zhText = renderMessage('zh-CN', key, own);
      const enText = renderMessage('en', key, own);
      expect(zhText?.subject, key).toBeTruthy();
      expect(enText?.body, key).toBeTruthy();
      expect(`${enText?.subject} ${enText?.body}`).not.toMatch(/\{|[，。：；（）“”、！？]/);
    }
    expect(renderMessage('en', 'procedureStarted', values)?.subject).toBe('Time limit paused (hearing): 普通护照签发');
    expect(renderMessage('zh-CN', 'procedureStarted', values)?.subject).toBe('办理时限中止（听证）：普通护照签发');
    expect(renderMessage('en', 'gone', values)).toBeNull();
    // A value missing from a stored row: no text of key paths, the caller falls back to the stored text.
    expect(renderMessage('en', 'accepted', { item: '普通护照签发' })).toBeNull();
    // Days of the week go as numbers and are named in the reader's language: a run as a span, else one by one.
    const pickup = { item: '普通护照签发', center: '示范县政务服务中心', windows: ['出件窗口（R01）', '出件窗口（R02）'], open: '08:30', close: '17:30' };
    expect(renderMessage('zh-CN', 'resultReadyPickup', { ...pickup, openingWeekdays: [6, 1, 2, 3, 4, 5] })?.body).toBe(
      '请到示范县政务服务中心出件窗口（R01）、出件窗口（R02）领取，时间：周一至周六 08:30–17:30（法定节假日除外）。请携带：本人有效身份证件；代领的，另带申请人签署的委托书和代领人身份证件。',
    );
    expect(renderMessage('en', 'resultReadyPickup', { ...pickup, openingWeekdays: [1, 3, 0] })?.body).toContain('出件窗口（R02）, Mon, Wed, Sun 08:30–17:30');
    expect(renderMessage('zh-CN', 'resultDelivered', { item: '普通护照签发', method: 'POST', tracking: 'SF123' })?.body).toBe(
      '送达方式：邮寄送达。运单号 SF123。',
    );
    expect(renderMessage('en', 'resultDelivered', { item: '普通护照签发', method: 'WINDOW', tracking: '' })?.body).toBe('Delivered at the window.');
    // A bundle's notice leaves out the sentence of an empty list, and writes each thing with its note in the reader's way.
    const accepted = {
      bundle: '开办餐饮店“一件事”',
      receiptNumber: '511602-20261123-00001',
      openedPairs: [['个体工商户设立登记', '511602-20261123-00001-1']],
      openedCount: 1,
      waiting: ['食品经营许可'],
      waitingCount: 1,
      refusedPairs: [],
      refusedCount: 0,
    };
    expect(renderMessage('zh-CN', 'bundleAccepted', accepted)?.body).toBe(
      '受理编号 511602-20261123-00001。已受理并分送各部门：个体工商户设立登记（511602-20261123-00001-1）。待前置事项办结后受理：食品经营许可。',
    );
    expect(renderMessage('en', 'bundleAccepted', accepted)?.body).toBe(
      'Receipt number 511602-20261123-00001. Accepted and sent to the departments: 个体工商户设立登记 (511602-20261123-00001-1). Accepted once the items they depend on are concluded: 食品经营许可.',
    );
    expect(renderMessage('en', 'stepWarning', { level: 'YELLOW', stage: '审查', receiptNumber: 'R1' })?.subject).toBe(
      'Review step near its time limit (yellow): 审查 (R1)',
    );
    expect(renderMessage('zh-CN', 'caseWarning', { level: 'RED', item: '普通护照签发', receiptNumber: 'R1', limit: 'statutory' })).toEqual({
      subject: '办件已超期（红牌）：普通护照签发（R1）',
      body: '已超过法定办结时限，请立即处理并说明原因。',
    });
    expect(renderMessage('zh-CN', 'appointmentBooked', { item: '普通护照签发', slotAt: '2026-11-24T01:30:00.000Z' })?.body).toBe(
      '您已预约 2026年11月24日 09:30 到政务服务中心办理“普通护照签发”，请携带材料准时到场。',
    );
  });
});
