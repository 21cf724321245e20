import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// Keys are 256 random bits, so a plain SHA-256 is enough to keep them (no salt
// or slow hash needed: there is nothing to guess), and it allows a lookup by hash.
export const hashApiKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export function newApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = `o311_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, 10), keyHash: hashApiKey(key) };
}
