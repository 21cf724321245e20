import { z } from 'zod';

const id = z.string().trim().min(1).max(64);
const phone = z.string().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, 'phone');

export const submitApplicationSchema = z.object({
  versionId: id,
  // Generated when the form is shown: a retried or double-clicked submit carries the same key.
  submitKey: z.uuid('invalid'),
  situationIds: z.array(id).max(50).default([]),
  contactName: z.string().trim().min(1).max(50),
  contactPhone: phone,
  note: z.string().trim().max(500).optional().default(''),
  // requirementId -> ids of files the applicant uploaded
  files: z.record(id, z.array(id).max(10)).default({}),
});
export type SubmitApplicationInput = z.input<typeof submitApplicationSchema>;

export const applicationIdSchema = z.object({ applicationId: id });

export const materialVerdict = z.object({
  materialId: id,
  status: z.enum(['MISSING', 'DEFECTIVE']),
  reason: z.string().trim().min(1).max(200),
});

export const requestCorrectionSchema = z.object({
  applicationId: id,
  items: z.array(materialVerdict).min(1, 'correctionItemsRequired').max(100),
  note: z.string().trim().max(500).optional().default(''),
});

export const rejectApplicationSchema = z.object({
  applicationId: id,
  reason: z.string().trim().min(1).max(1000),
  legalBasis: z.string().trim().min(1).max(500),
});
