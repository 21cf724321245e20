import { z } from 'zod';
import { SUSPENSION_KINDS } from '@/lib/enums';

export const decideTaskSchema = z
  .object({
    taskId: z.string().trim().min(1).max(64),
    decision: z.enum(['APPROVED', 'DENIED']),
    opinion: z.string().trim().max(2000).default(''),
    // The task's lock as the form saw it: a decision on a task changed since then is refused.
    lock: z.coerce.number().int().min(0).optional(),
  })
  // A denial must say why (行政许可法 第三十八条).
  .refine((d) => d.decision === 'APPROVED' || d.opinion.length > 0, { path: ['opinion'], message: 'reasonRequired' });
export type DecideTaskInput = z.input<typeof decideTaskSchema>;

export const claimTaskSchema = z.object({
  taskId: z.string().trim().min(1).max(64),
  lock: z.coerce.number().int().min(0),
});
export type ClaimTaskInput = z.input<typeof claimTaskSchema>;

export const assignTaskSchema = z.object({
  taskId: z.string().trim().min(1).max(64),
  lock: z.coerce.number().int().min(0),
  assigneeId: z.string().trim().min(1).max(64),
});
export type AssignTaskInput = z.input<typeof assignTaskSchema>;

export const taskFilterSchema = z.object({
  status: z.enum(['OPEN', 'MINE', 'DUE_SOON', 'OVERDUE', 'DONE']).catch('OPEN'),
});
export type TaskFilter = z.infer<typeof taskFilterSchema>['status'];

export const proposeImmediateSchema = z
  .object({
    applicationId: z.string().trim().min(1).max(64),
    decision: z.enum(['APPROVED', 'DENIED']),
    opinion: z.string().trim().max(2000).default(''),
  })
  .refine((d) => d.decision === 'APPROVED' || d.opinion.length > 0, { path: ['opinion'], message: 'reasonRequired' });
export type ProposeImmediateInput = z.input<typeof proposeImmediateSchema>;

export const reviewImmediateSchema = z
  .object({
    proposalId: z.string().trim().min(1).max(64),
    outcome: z.enum(['CONFIRM', 'RETURN']),
    note: z.string().trim().max(1000).default(''),
  })
  // Sending a proposal back must tell the clerk why.
  .refine((d) => d.outcome === 'CONFIRM' || d.note.length > 0, { path: ['note'], message: 'reasonRequired' });
export type ReviewImmediateInput = z.input<typeof reviewImmediateSchema>;

export const startSuspensionSchema = z.object({
  taskId: z.string().trim().min(1).max(64),
  kind: z.enum(SUSPENSION_KINDS),
  reason: z.string().trim().min(1).max(2000),
  // yyyy-mm-dd from a date input, or a full timestamp; optional for 补充材料 (until the applicant answers).
  expectedEndAt: z.union([z.literal(''), z.coerce.date()]).optional(),
});
export type StartSuspensionInput = z.input<typeof startSuspensionSchema>;

export const endSuspensionSchema = z.object({
  suspensionId: z.string().trim().min(1).max(64),
  note: z.string().trim().max(1000).default(''),
});
export type EndSuspensionInput = z.input<typeof endSuspensionSchema>;

export const requestExtensionSchema = z.object({
  taskId: z.string().trim().min(1).max(64),
  // Half days are the clock's unit.
  days: z.coerce.number().min(0.5).max(15).multipleOf(0.5),
  reason: z.string().trim().min(1).max(2000),
});
export type RequestExtensionInput = z.input<typeof requestExtensionSchema>;

export const decideExtensionSchema = z
  .object({
    extensionId: z.string().trim().min(1).max(64),
    outcome: z.enum(['APPROVED', 'REFUSED']),
    note: z.string().trim().max(1000).default(''),
  })
  .refine((d) => d.outcome === 'APPROVED' || d.note.length > 0, { path: ['note'], message: 'reasonRequired' });
export type DecideExtensionInput = z.input<typeof decideExtensionSchema>;

export const answerMaterialRequestSchema = z.object({
  suspensionId: z.string().trim().min(1).max(64),
  note: z.string().trim().max(2000).default(''),
  // Stored uploads (see storeUpload); at least one file answers the request.
  fileIds: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
});
export type AnswerMaterialRequestInput = z.input<typeof answerMaterialRequestSchema>;
