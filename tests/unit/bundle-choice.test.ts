import { describe, expect, it } from 'vitest';
import { choiceFromQuery, knownChoice } from '@/lib/bundles/choice';

const guide = {
  situations: ['有房产', '有子女'],
  members: [
    { code: 'A', applicability: 'ALWAYS' },
    { code: 'B', applicability: 'OPTIONAL' },
    { code: 'C', applicability: 'SITUATION' },
  ],
};

describe('knownChoice', () => {
  it('keeps only the guide’s own situations and members it offers as optional', () => {
    const asked = choiceFromQuery({ s: ['有子女', '伪造'], o: ['A', 'B', 'C', 'Z'] });
    expect(knownChoice(guide, asked)).toEqual({ situations: ['有子女'], optional: ['B'] });
  });

  it('leaves an empty choice empty', () => {
    expect(knownChoice(guide, choiceFromQuery({}))).toEqual({ situations: [], optional: [] });
  });
});
