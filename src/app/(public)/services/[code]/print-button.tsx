'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-10 items-center rounded-md px-4 text-sm font-medium text-brand-800 ring-1 ring-brand-300 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
