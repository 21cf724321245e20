import type { Open311Definition } from '@/lib/catalog/open311';

export type AttributeValues = Record<string, string | string[]>;

/**
 * The attributes of a request checked against the service definition: every
 * required one given, no unknown code, values of a list among its keys, numbers
 * and datetimes parseable. Returns the problems (empty when none), in English,
 * as partner systems read them.
 */
export function checkAttributes(definition: Open311Definition, values: AttributeValues): string[] {
  const problems: string[] = [];
  const known = new Map(definition.attributes.map((a) => [a.code, a]));
  for (const code of Object.keys(values)) if (!known.has(code)) problems.push(`attribute[${code}] is not in the service definition`);
  for (const a of definition.attributes) {
    const raw = values[a.code];
    const list = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).map((v) => v.trim()).filter(Boolean);
    if (!list.length) {
      if (a.required) problems.push(`attribute[${a.code}] is required`);
      continue;
    }
    if (a.datatype !== 'multivaluelist' && list.length > 1) problems.push(`attribute[${a.code}] takes one value`);
    for (const v of list) {
      if (v.length > 1000) problems.push(`attribute[${a.code}] is too long`);
      else if ((a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') && !a.values?.some((x) => x.key === v))
        problems.push(`attribute[${a.code}] has no value "${v}"`);
      else if (a.datatype === 'number' && !Number.isFinite(Number(v))) problems.push(`attribute[${a.code}] must be a number`);
      else if (a.datatype === 'datetime' && Number.isNaN(Date.parse(v))) problems.push(`attribute[${a.code}] must be a datetime`);
    }
  }
  return problems;
}

/** The values as staff read them in the question: each attribute's description and the chosen names. */
export function describeAttributes(definition: Open311Definition, values: AttributeValues): string[] {
  return definition.attributes.flatMap((a) => {
    const raw = values[a.code];
    const list = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).map((v) => v.trim()).filter(Boolean);
    if (!list.length) return [];
    const shown = list.map((v) => a.values?.find((x) => x.key === v)?.name ?? v);
    return [`${a.description.split('；')[0]}：${shown.join('、')}`];
  });
}
