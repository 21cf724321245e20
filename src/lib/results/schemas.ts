import { z } from 'zod';

export const deliverResultSchema = z
  .object({
    applicationId: z.string().trim().min(1).max(64),
    method: z.enum(['WINDOW', 'POST', 'ELECTRONIC']),
    receiverName: z.string().trim().max(50).default(''),
    receiverIdNo: z.string().trim().max(30).default(''),
    idChecked: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false),
    trackingNumber: z.string().trim().max(40).default(''),
  })
  // At the window the receiver signs for it with a checked ID (送达回证); by post the waybill is the proof.
  .superRefine((d, ctx) => {
    if (d.method === 'WINDOW') {
      if (!d.receiverName) ctx.addIssue({ code: 'custom', path: ['receiverName'], message: 'required' });
      if (!d.receiverIdNo) ctx.addIssue({ code: 'custom', path: ['receiverIdNo'], message: 'required' });
      if (!d.idChecked) ctx.addIssue({ code: 'custom', path: ['idChecked'], message: 'required' });
    }
    if (d.method === 'POST' && !d.trackingNumber) ctx.addIssue({ code: 'custom', path: ['trackingNumber'], message: 'required' });
  });
export type DeliverResultInput = z.input<typeof deliverResultSchema>;

// The applicant's choice of how to receive the result (the apply form, the case page).
export const deliveryChoiceFields = {
  deliveryMethod: z.enum(['WINDOW', 'POST', 'ELECTRONIC']).default('WINDOW'),
  deliveryAddress: z.string().trim().max(200).default(''),
};
export const chooseDeliverySchema = z.object({ applicationId: z.string().trim().min(1).max(64), ...deliveryChoiceFields });
export type ChooseDeliveryInput = z.input<typeof chooseDeliverySchema>;
