// The item form posts flat names (`materials.0.name`, `legalBasis` as lines);
// this rebuilds the nested document that itemVersionSchema validates, so field
// errors come back under the same names the inputs carry.
const LINE_FIELDS = ['legalBasis', 'acceptConditions', 'coHandling', 'keywords', 'lifeEvents'];
const MULTI_FIELDS = /^(materials\.\d+\.situations|stages\.\d+\.departmentCodes)$/;
// A select field's options are typed one per line, like the lists above.
const ROW_LINE_FIELDS = /^formFields\.\d+\.options$/;

export function documentFromForm(input: unknown): Record<string, unknown> {
  // An action can be called with anything; that reads as an empty form, which the schema refuses.
  const formData = input instanceof FormData ? input : new FormData();
  const out: Record<string, unknown> = { situations: [], materials: [], steps: [], stages: [], formFields: [] };
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION') || key.startsWith('_')) continue;
    const values = formData.getAll(key).map(String);
    let value: unknown = values[0];
    if (LINE_FIELDS.includes(key) || ROW_LINE_FIELDS.test(key))
      value = (values[0] ?? '')
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean);
    else if (MULTI_FIELDS.test(key)) value = values.filter(Boolean);
    const path = key.split('.');
    let at: Record<string, unknown> | unknown[] = out;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const index = /^\d+$/.test(part) ? Number(part) : part;
      const container = at as Record<string | number, unknown>;
      if (last) container[index] = value;
      else {
        container[index] ??= /^\d+$/.test(path[i + 1]!) ? [] : {};
        at = container[index] as Record<string, unknown>;
      }
    });
  }
  // Rows removed in the browser leave no holes, but be safe with sparse arrays.
  for (const list of ['situations', 'materials', 'steps', 'stages', 'formFields']) out[list] = (out[list] as unknown[]).filter(Boolean);
  for (const m of out.materials as Record<string, unknown>[]) m.situations ??= [];
  for (const s of out.stages as Record<string, unknown>[]) s.departmentCodes ??= [];
  return out;
}

/** The split form: `parts.<i>.<field>` rows, `parts.<i>.situations` repeated; rows removed in the browser leave gaps. */
export function partsFromForm(input: unknown): Record<string, unknown> {
  const formData = input instanceof FormData ? input : new FormData();
  const parts: Record<string, unknown>[] = [];
  for (const key of new Set(formData.keys())) {
    const match = /^parts\.(\d+)\.(\w+)$/.exec(key);
    if (!match) continue;
    const part = (parts[Number(match[1])] ??= { situations: [] });
    part[match[2]!] = match[2] === 'situations' ? formData.getAll(key).map(String) : String(formData.get(key));
  }
  return { itemId: formData.get('itemId'), reason: formData.get('reason'), parts: parts.filter(Boolean) };
}
