import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { storeUpload } from '@/lib/files/store-upload';
import { sendMessage } from './send-message';

/**
 * For the message forms: checks and stores the uploaded files like any other
 * upload (type by content, size limit), then sends the message with them.
 */
export async function sendMessageWithFiles(actor: Actor, input: { applicationId: string; body: string }, files: File[], now = new Date()) {
  const real = files.filter((f) => f.size > 0);
  if (real.length > 5) throw new AppError('TOO_MANY_FILES', { limit: 5 });
  const stored = [];
  for (const file of real) stored.push(await storeUpload(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
  return sendMessage(actor, { ...input, fileIds: stored.map((s) => s.id) }, now);
}
