import { z } from 'zod';
import { renderDecision } from '@/lib/results/render-decision';
import { signedInPdf } from '../../signed-in-pdf';

/** 准予 / 不予 … 决定书 of a decided case, for the applicant and staff who may see it. */
export const GET = signedInPdf('decisions', z.object({ id: z.string().min(1).max(64) }), (actor, { id }) => renderDecision(actor, id));
