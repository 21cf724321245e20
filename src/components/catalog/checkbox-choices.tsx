/**
 * The checkboxes of a GET form that tailors a service or a bundle (its situations, its optional
 * members): each ticked one is sent as one more `name` value. `inline` sets them side by side.
 */
export function CheckboxChoices({
  legend,
  hideLegend,
  name,
  options,
  checked,
  inline,
}: {
  legend: string;
  hideLegend?: boolean;
  name: string;
  options: { id: string; name: string }[];
  checked: string[];
  inline?: boolean;
}) {
  const boxes = options.map((o) => (
    <label key={o.id} className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value={o.id} defaultChecked={checked.includes(o.id)} className="h-4 w-4" />
      {o.name}
    </label>
  ));
  return (
    <fieldset className={inline ? undefined : 'flex flex-col gap-2'}>
      <legend className={hideLegend ? 'sr-only' : 'mb-1 text-sm font-medium text-slate-700'}>{legend}</legend>
      {inline ? <div className="flex flex-wrap gap-x-4 gap-y-2">{boxes}</div> : boxes}
    </fieldset>
  );
}
