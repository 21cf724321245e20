import { z } from 'zod';
import { text } from '@/lib/validation/text';

const id = z.string().trim().min(1).max(64);

export const askQuestionSchema = z.object({
  itemId: z.preprocess((v) => (v === '' ? undefined : v), id.optional()),
  question: text().min(5, 'tooShort').max(1000),
});
export type AskQuestionInput = z.input<typeof askQuestionSchema>;

export const answerInquirySchema = z.object({
  inquiryId: id,
  answer: text().min(2).max(2000),
  // Checkbox: present means publish to the item's FAQ.
  publish: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false),
});
export type AnswerInquiryInput = z.input<typeof answerInquirySchema>;

export const INQUIRY_LIMIT_DAYS = 5;
