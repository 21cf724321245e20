import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { z } from 'zod';
import type { Role } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/session';
import { isDatabaseUnavailable } from '@/lib/db-errors';
import { clientAddressOf } from '@/lib/limits/client-address';
import { AppError, type ErrorCode } from '@/lib/errors';
import { errorText, type ErrorText } from '@/i18n/error-text';
import type { RefusedFile } from '@/lib/files/refused-file';
import { controlCharacterErrors } from '@/lib/validation/text';
import { fieldErrorsOf } from '@/lib/validation';

/** A refusal as codes: `error` (`errors.<code>`) and each field's message keys (`validation.<key>`). */
type Refusal = { ok: false; error: ErrorCode; fieldErrors?: Record<string, string[]>; refused?: RefusedFile[]; at: number };

/**
 * What a server action returns to its form. A refusal carries its codes, for
 * the form that words one itself, and `text`: the same in the reader's words,
 * made on the server (src/i18n/error-text.ts).
 */
export type ActionState<T = unknown> = { ok: true; data?: T; at: number } | (Refusal & { text: ErrorText }) | null;

/**
 * The one way to write a server action: authenticate, validate, call one domain
 * function, map errors. Expected errors reach the user as codes; anything else
 * is logged with an id and shown as a generic message.
 */
export async function runAction<S extends z.ZodType, T>(
  options: { roles?: readonly Role[]; schema: S; input: unknown },
  run: (data: z.infer<S>, actor: Actor) => Promise<T>,
): Promise<ActionState<T>> {
  const at = Date.now();
  try {
    const actor = await requireActor(options.roles);
    const controls = controlCharacterErrors(options.input);
    if (Object.keys(controls).length > 0) return worded({ ok: false, error: 'INVALID_INPUT', fieldErrors: controls, at });
    const parsed = options.schema.safeParse(options.input);
    if (!parsed.success) return worded({ ok: false, error: 'INVALID_INPUT', fieldErrors: fieldErrorsOf(parsed.error), at });
    return { ok: true, data: await run(parsed.data, actor), at };
  } catch (error) {
    return worded(failure(error, at));
  }
}

/**
 * The one way to write a public action (no sign-in: tracking, activation, the
 * hall kiosk): the use case gets the client's address for its guess limits and
 * validates its own input; errors map as in `runAction`.
 */
export async function runPublicAction<T>(run: (clientAddress: string) => Promise<T>): Promise<ActionState<T>> {
  const at = Date.now();
  try {
    return { ok: true, data: await run(await clientAddress()), at };
  } catch (error) {
    return worded(failure(error, at));
  }
}

async function worded(refusal: Refusal): Promise<ActionState<never>> {
  return { ...refusal, text: await errorText(refusal) };
}

/** The client's address for per-client limits: from the socket, or a trusted proxy (client-address.ts). */
async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}

/** An error as a refusal's codes; anything unexpected is logged with an id and becomes INTERNAL. */
export function failure(error: unknown, at = Date.now()): Refusal {
  if (error instanceof AppError) {
    const fieldErrors = error.details?.fieldErrors as Record<string, string[]> | undefined;
    const refused = error.details?.refused as RefusedFile[] | undefined;
    return { ok: false, error: error.code, fieldErrors, ...(refused ? { refused } : {}), at };
  }
  // A schema checked again inside a use case (`.parse()`) refused the input: a field error, not a failure.
  if (error instanceof z.ZodError) return { ok: false, error: 'INVALID_INPUT', fieldErrors: fieldErrorsOf(error), at };
  // Next.js signals redirect / notFound by throwing: let them through.
  if (error && typeof error === 'object' && 'digest' in error && String(error.digest).startsWith('NEXT_')) throw error;
  const id = randomUUID();
  if (isDatabaseUnavailable(error)) {
    console.error(`[action ${id}] database unavailable:`, error instanceof Error ? error.message : error);
    return { ok: false, error: 'UNAVAILABLE', at };
  }
  console.error(`[action ${id}]`, error);
  return { ok: false, error: 'INTERNAL', at };
}

/** One text field of a form; absent, a file, or no form at all reads as ''. */
export function textField(formData: unknown, name: string): string {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === 'string' ? value : '';
}

/**
 * FormData to a plain object; repeated names become arrays. An action can be
 * called with anything (a JSON body, nothing): that reads as an empty form,
 * which the schema then refuses with field errors.
 */
export function formObject(formData: unknown, arrays: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!(formData instanceof FormData)) return out;
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key);
    out[key] = arrays.includes(key) ? values : values[0];
  }
  return out;
}
