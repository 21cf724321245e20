import { z } from 'zod';
import { noticeKinds, renderNotice } from '@/lib/intake/render-notice';
import { signedInPdf } from '../../../signed-in-pdf';

/** An intake notice (受理 / 补正 / 不予受理) as a PDF, for the applicant and staff who may see the case. */
export const GET = signedInPdf('notices', z.object({ id: z.string().min(1).max(64), kind: z.enum(noticeKinds) }), (actor, { id, kind }) =>
  renderNotice(actor, id, kind),
);
