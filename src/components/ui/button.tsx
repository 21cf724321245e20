import Link from '@/components/ui/link';
import type { ComponentProps } from 'react';

// The classes live in globals.css (.btn, .btn-*): short names, as buttons are on every page twice (HTML and React payload).
type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

const classes = (variant: Variant, className: string) => (className ? `btn btn-${variant} ${className}` : `btn btn-${variant}`);

export function Button({ variant = 'primary', className = '', ...props }: ComponentProps<'button'> & { variant?: Variant }) {
  return <button className={classes(variant, className)} {...props} />;
}

export function ButtonLink({ variant = 'primary', className = '', ...props }: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={classes(variant, className)} {...props} />;
}

/** The submit button of an action form: disabled while the action runs, so a second click cannot send the form twice. */
export function SubmitButton({ pending, ...props }: Omit<ComponentProps<typeof Button>, 'type' | 'disabled'> & { pending: boolean }) {
  return <Button type="submit" disabled={pending} {...props} />;
}
