import { z } from 'zod';

const id = z.string().trim().min(1).max(64);

export const sendMessageSchema = z.object({
  applicationId: id,
  body: z.string().trim().min(1).max(2000),
  // Files stored by storeUpload just before; they become the message's attachments.
  fileIds: z.array(id).max(5).default([]),
});
export type SendMessageInput = z.input<typeof sendMessageSchema>;

/** What the message forms post; the files come from the form's file input. */
export const messageFormSchema = sendMessageSchema.pick({ applicationId: true, body: true });
