import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { storeUploads, uploadEntries } from '@/lib/files/store-uploads';
import { sendMessage } from './send-message';

/**
 * For the message forms: checks and stores the uploaded files like any other
 * upload (type by content, size limit), then sends the message with them.
 */
export async function sendMessageWithFiles(actor: Actor, input: { applicationId: string; body: string }, files: File[], now = new Date()) {
  const stored = await storeUploads(actor, await uploadEntries(files.map((file) => ({ field: 'files', file }))), { maxFilesPerField: 5 });
  return sendMessage(actor, { ...input, fileIds: (stored.files ?? []).map((s) => s.id) }, now);
}
