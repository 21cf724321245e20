import { z } from 'zod';

export const decideTaskSchema = z
  .object({
    taskId: z.string().trim().min(1).max(64),
    decision: z.enum(['APPROVED', 'DENIED']),
    opinion: z.string().trim().max(2000).default(''),
  })
  // A denial must say why (行政许可法 第三十八条).
  .refine((d) => d.decision === 'APPROVED' || d.opinion.length > 0, { path: ['opinion'], message: 'reasonRequired' });
export type DecideTaskInput = z.input<typeof decideTaskSchema>;
