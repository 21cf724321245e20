import { FormAlert } from '@/components/ui/field';

/** A secret the server keeps only hashed (an API key, a signing secret): shown once, after it was made, with what it was made for. */
export function ShownOnce({ title, value, note, testId }: { title: string; value: string; note: string; testId: string }) {
  return (
    <FormAlert tone="success">
      <p>{title}</p>
      <p className="mt-2 break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900" data-testid={testId}>
        {value}
      </p>
      <p className="mt-2">{note}</p>
    </FormAlert>
  );
}
