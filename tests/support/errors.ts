import { AppError } from '@/lib/errors';

/** The AppError code a use case fails with, or 'OK': one assertion reads the outcome of a call. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'OK';
}
