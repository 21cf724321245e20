export type HiddenValues = Record<string, string | number | readonly string[]>;

/** The values a form carries without showing them: one hidden input a value, one a line of a list (`situations`, `optional` …). */
export function HiddenFields({ values }: { values?: HiddenValues }) {
  if (!values) return null;
  return Object.entries(values).flatMap(([name, value]) =>
    (typeof value === 'object' ? value : [value]).map((v, i) => <input key={`${name}.${i}`} type="hidden" name={name} value={v} />),
  );
}
