import { describe, expect, it } from 'vitest';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import { checkAnswers, keptAnswers } from '@/lib/intake/form-answers';

const fields = formFieldsOf([
  { key: 'name', label: '场所名称', kind: 'text', required: true, maxLength: 5 },
  { key: 'area', label: '营业面积(㎡)', kind: 'number', required: true },
  { key: 'opening', label: '拟开业日期', kind: 'date', required: false },
  { key: 'item', label: '经营项目', kind: 'select', required: false, options: ['热食类食品制售', '冷食类食品制售'] },
  { key: 'remark', label: '说明', kind: 'textarea', required: false },
]);

describe('answers to an item’s form fields', () => {
  it('reads stored definitions, and none from anything unreadable', () => {
    expect(fields.map((f) => f.key)).toEqual(['name', 'area', 'opening', 'item', 'remark']);
    expect(formFieldsOf(null)).toEqual([]);
    expect(formFieldsOf([{ key: 1 }])).toEqual([]);
  });

  it('accepts good answers, trimmed, and leaves out empty and unknown ones', () => {
    expect(checkAnswers(fields, { name: ' 云帆 ', area: '86.5', opening: '2026-12-01', item: '热食类食品制售', remark: '', other: 'x' })).toEqual({
      answers: { name: '云帆', area: '86.5', opening: '2026-12-01', item: '热食类食品制售' },
      fieldErrors: {},
    });
    expect(keptAnswers(fields, { area: '8a', other: 'x' })).toEqual({ area: '8a' });
  });

  it('names each problem at its field', () => {
    expect(checkAnswers(fields, { name: '云帆宾馆有限', area: '1,000', opening: '2026-13-01', item: '网吧' }).fieldErrors).toEqual({
      'answers.name': ['tooLong'],
      'answers.area': ['notANumber'],
      'answers.opening': ['invalidDate'],
      'answers.item': ['notAnOption'],
    });
    expect(checkAnswers(fields, { name: '   ' }).fieldErrors).toEqual({ 'answers.name': ['required'], 'answers.area': ['required'] });
    expect(checkAnswers(fields, { name: '云帆', area: '-3' }).fieldErrors).toEqual({});
    // A list to choose from asks for a choice, not for something to be filled in.
    const chosen = formFieldsOf([{ key: 'item', label: '经营项目', kind: 'select', required: true, options: ['热食类食品制售'] }]);
    expect(checkAnswers(chosen, {}).fieldErrors).toEqual({ 'answers.item': ['choose'] });
    expect(checkAnswers(fields, { name: '云帆', area: '12', opening: '2026-02-29' }).fieldErrors).toEqual({ 'answers.opening': ['invalidDate'] });
  });
});
