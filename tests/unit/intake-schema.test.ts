import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { isValidIdNumber } from '@/lib/id-number';
import { answerCorrectionSchema, requestCorrectionSchema, submitApplicationSchema, walkInSchema } from '@/lib/intake/schemas';

// Anything a form or a hand-made request could send: wrong types, huge strings, odd keys.
const anyValue = fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true });
const nearlyValid = fc.record(
  {
    versionId: fc.oneof(fc.string(), fc.constant('v1'), anyValue),
    submitKey: fc.oneof(fc.uuid(), fc.string(), anyValue),
    situationIds: fc.oneof(fc.array(fc.string(), { maxLength: 60 }), anyValue),
    contactName: fc.oneof(fc.string({ maxLength: 80 }), fc.constant('张三'), anyValue),
    contactPhone: fc.oneof(fc.stringMatching(/^1\d{10}$/), fc.string(), anyValue),
    note: fc.oneof(fc.string({ maxLength: 600 }), anyValue),
    files: fc.oneof(fc.dictionary(fc.string(), fc.array(fc.string(), { maxLength: 12 })), anyValue),
  },
  { requiredKeys: [] },
);

function parseOnlyFailsWithZod(schema: { parse: (v: unknown) => unknown }, value: unknown) {
  try {
    schema.parse(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ZodError);
  }
}

describe('submitApplicationSchema', () => {
  it('never throws anything but a ZodError, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, nearlyValid), (value) => parseOnlyFailsWithZod(submitApplicationSchema, value)),
      { numRuns: 5000 },
    );
  });

  it('accepts every well-formed submission and trims what it keeps', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.stringMatching(/^1\d{10}$/),
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
        (submitKey, contactPhone, contactName) => {
          const data = submitApplicationSchema.parse({ versionId: 'v1', submitKey, contactName: ` ${contactName} `, contactPhone });
          expect(data.contactName).toBe(contactName.trim());
          expect(data.files).toEqual({});
          expect(data.situationIds).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the other intake schemas', () => {
  it('never throw anything but a ZodError', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        parseOnlyFailsWithZod(requestCorrectionSchema, value);
        parseOnlyFailsWithZod(answerCorrectionSchema, value);
        parseOnlyFailsWithZod(walkInSchema, value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isValidIdNumber', () => {
  it('accepts numbers with a correct check character and a real birth date', () => {
    expect(isValidIdNumber('511602199001011236')).toBe(true);
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });

  it('refuses a wrong check character, an impossible date or a wrong length', () => {
    expect(isValidIdNumber('511602199001011237')).toBe(false);
    expect(isValidIdNumber('511602199002301236')).toBe(false);
    expect(isValidIdNumber('51160219900101123')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const valid = '511602199001011236';
        const digit = (Number(valid[position]) + delta) % 10;
        const typo = valid.slice(0, position) + digit + valid.slice(position + 1);
        // A typo in the birth date may also make the date impossible; either way it is refused.
        expect(isValidIdNumber(typo)).toBe(false);
      }),
    );
  });
});
