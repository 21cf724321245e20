import Link from 'next/link';
import type { ComponentProps } from 'react';

const variants = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-200',
  secondary: 'bg-white text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50',
  danger: 'bg-seal-600 text-white hover:bg-seal-700 disabled:opacity-50',
  ghost: 'text-brand-700 hover:bg-brand-50',
} as const;

type Variant = keyof typeof variants;

const base =
  'inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed min-h-10';

export function Button({ variant = 'primary', className = '', ...props }: ComponentProps<'button'> & { variant?: Variant }) {
  return <button className={`${base} ${variants[variant]} ${className}`} {...props} />;
}

export function ButtonLink({ variant = 'primary', className = '', ...props }: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={`${base} ${variants[variant]} ${className}`} {...props} />;
}

/** The submit button of an action form: disabled while the action runs, so a second click cannot send the form twice. */
export function SubmitButton({ pending, ...props }: Omit<ComponentProps<typeof Button>, 'type' | 'disabled'> & { pending: boolean }) {
  return <Button type="submit" disabled={pending} {...props} />;
}
