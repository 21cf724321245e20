import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP 2024 minimum (19 MiB, 2 passes). `Algorithm` is an
// ambient const enum that isolated modules cannot read: 2 is Algorithm.Argon2id.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
