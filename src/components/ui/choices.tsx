'use client';

/**
 * The options of a long <select> (every department, every item), given as [value, label]
 * pairs: a client component, so the list travels to the browser once as these pairs
 * rather than as option elements twice (the HTML and the React payload of a server
 * <option> list, ~200 bytes an option with an id for its value).
 */
export function Choices({ items }: { items: readonly (readonly [string, string])[] }) {
  return items.map(([value, label], i) => (
    <option key={i} value={value}>
      {label}
    </option>
  ));
}
