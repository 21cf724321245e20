import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { withStoredUploads, type UploadEntry } from '@/lib/files/store-uploads';
import { sendMessage } from './send-message';

/**
 * For the message forms: checks and stores the uploaded files like any other
 * upload (type by content, size limit), then sends the message with them. A
 * message refused (a case the author may not see) keeps none of the files.
 */
export async function sendMessageWithFiles(actor: Actor, input: { applicationId: string; body: string }, files: UploadEntry[], now = new Date()) {
  return withStoredUploads(actor, files, { maxFilesPerField: 5 }, (stored) =>
    sendMessage(actor, { ...input, fileIds: (stored.files ?? []).map((s) => s.id) }, now),
  );
}
