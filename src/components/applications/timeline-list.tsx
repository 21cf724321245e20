/** One event of a case's timeline, already in words: what happened, when (formatted), by whom (staff only), why. */
export type TimelineEvent = { id: string; at: Date; text: string; when: string; actor?: string | null; reason?: string | null };

/**
 * The timeline as a list, with no translator of its own: the server's `Timeline` and
 * /track's client form (which formats in the browser) hand it the words.
 */
export function TimelineList({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="relative space-y-5 border-l-2 border-brand-100 pl-6">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden="true" className="timeline-dot" />
          <p className="font-medium">{e.text}</p>
          <p className="text-xs text-slate-500">
            <time dateTime={new Date(e.at).toISOString()}>{e.when}</time>
            {e.actor && ` · ${e.actor}`}
          </p>
          {e.reason && <p className="mt-1 text-sm text-slate-700">{e.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
