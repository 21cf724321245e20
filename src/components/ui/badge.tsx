import type { ReactNode } from 'react';

// The classes live in globals.css (.badge, .tone-*): every list row carries a badge or two,
// once in the HTML and again in the React payload.
export type Tone = 'gray' | 'blue' | 'green' | 'yellow' | 'red';

export function Badge({ tone = 'gray', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge tone-${tone}`}>{children}</span>;
}

/** A badge that follows a value on the same line (overdue, draft, certificate): the gap comes with it so every such note sits alike. */
export function TrailingBadge({ tone, children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className="ml-2">
      <Badge tone={tone}>{children}</Badge>
    </span>
  );
}
