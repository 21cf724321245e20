import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

// No 0/O, 1/I/L: check codes are read from paper and typed by hand.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newCheckCode(length = 6): string {
  let code = '';
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** A code as typed from paper: trimmed, in capitals (codes are printed in capitals; people type them as they like). */
export const typedCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .transform((s) => s.toUpperCase());

/** Compares equal-length digests, so the time taken says nothing about how much of a code was right. */
export function sameCode(expected: string, given: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(expected), digest(given));
}
