import { z } from 'zod';

/** The indicators of 好差评 by channel (domain.md); `overall` decides whether a rectification opens. */
export const INDICATORS = {
  ONLINE: ['overall', 'efficiency', 'guideAccuracy', 'convenience', 'easeOfUse'],
  WINDOW: ['overall', 'efficiency', 'serviceLevel', 'attitude'],
} as const;
const ALL_INDICATORS = ['overall', 'efficiency', 'guideAccuracy', 'convenience', 'easeOfUse', 'serviceLevel', 'attitude'] as const;

const id = z.string().trim().min(1).max(64);
const level = z.coerce.number().int().min(1, 'ratingRequired').max(5);

export const rateServiceSchema = z.object({
  applicationId: id,
  occasion: z.enum(['INTAKE', 'CONCLUSION']),
  // Only the indicators of the case's channel are kept; `overall` is required in the use case, the others are optional.
  scores: z.partialRecord(z.enum(ALL_INDICATORS), level),
  comment: z.string().trim().max(500).optional().default(''),
});
export type RateServiceInput = z.input<typeof rateServiceSchema>;

export const updateRectificationSchema = z.object({
  rectificationId: id,
  action: z.enum(['start', 'complete', 'cannot', 'invalid']),
  outcome: z.string().trim().max(1000).optional().default(''),
  callbackNote: z.string().trim().max(500).optional().default(''),
});
export type UpdateRectificationInput = z.input<typeof updateRectificationSchema>;

export const reviewRectificationSchema = z.object({
  rectificationId: id,
  verdict: z.enum(['accept', 'return']),
  note: z.string().trim().min(1).max(500),
});
export type ReviewRectificationInput = z.input<typeof reviewRectificationSchema>;

export const DEFAULT_RECTIFICATION_LIMIT_DAYS = 15;

// The working days a department has to rectify a bad rating; applies to rectifications opened afterwards.
export const rectificationLimitSchema = z.object({
  days: z.coerce.number('wholeWorkingDays').int('wholeWorkingDays').min(1, 'wholeWorkingDays').max(60, 'wholeWorkingDays'),
});
export type RectificationLimitInput = z.input<typeof rectificationLimitSchema>;
