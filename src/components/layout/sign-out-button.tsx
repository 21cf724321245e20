'use client';
import { signOut } from 'next-auth/react';

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/' })} className="rounded-md px-3 py-1.5 ring-1 ring-white/40 hover:bg-white/10">
      {label}
    </button>
  );
}
