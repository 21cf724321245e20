import Link from '@/components/ui/link';
import type { ComponentProps } from 'react';

/** A link inside running text: underlined, in the brand colour. */
export function TextLink({ className = '', ...props }: ComponentProps<typeof Link>) {
  return <Link className={`text-brand-700 underline underline-offset-2 hover:text-brand-800 ${className}`} {...props} />;
}
