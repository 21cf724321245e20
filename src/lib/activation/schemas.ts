import { z } from 'zod';
import { idNumberSchema as idNumber } from '@/lib/id-number';

// The code goes by SMS, so only a mobile number can receive it.
const mobile = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, 'mobile');

export const requestActivationSchema = z.object({ idNumber, phone: mobile });
export type RequestActivationInput = z.input<typeof requestActivationSchema>;

/** A new password: at least 8 characters with letters and digits. */
const newPasswordSchema = z
  .string()
  .min(8, 'passwordTooShort')
  .max(128, 'passwordTooLong')
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), 'passwordWeak');

export const activateAccountSchema = z
  .object({
    idNumber,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'codeFormat'),
    password: newPasswordSchema,
    confirmPassword: z.string().min(1, 'required').max(128),
  })
  .refine((v) => v.password === v.confirmPassword, { message: 'passwordMismatch', path: ['confirmPassword'] });
export type ActivateAccountInput = z.input<typeof activateAccountSchema>;
