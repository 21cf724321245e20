import { z } from 'zod';
import { renderCertificate } from '@/lib/results/render-certificate';
import { signedInPdf } from '../../signed-in-pdf';

/** An e-certificate as a PDF, for its holder and staff who may see the case that issued it. */
export const GET = signedInPdf('certificates', z.object({ id: z.string().min(1).max(64) }), (actor, { id }) => renderCertificate(actor, id));
