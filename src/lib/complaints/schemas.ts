import { z } from 'zod';
import { text } from '@/lib/validation/text';

const id = z.string().trim().min(1).max(64);
const optionalId = z.preprocess((v) => (v === '' ? undefined : v), id.optional());

export const fileComplaintSchema = z.object({
  target: z.enum(['CASE', 'WINDOW', 'STAFF']),
  applicationId: optionalId,
  windowId: optionalId,
  staffId: optionalId,
  content: text().min(5, 'tooShort').max(2000),
});
export type FileComplaintInput = z.input<typeof fileComplaintSchema>;

export const answerComplaintSchema = z.object({
  complaintId: id,
  answer: text().min(5, 'tooShort').max(2000),
});
export type AnswerComplaintInput = z.input<typeof answerComplaintSchema>;

export const assignComplaintSchema = z.object({ complaintId: id, assigneeId: id });
export type AssignComplaintInput = z.input<typeof assignComplaintSchema>;

export const DEFAULT_COMPLAINT_LIMIT_DAYS = 10;
