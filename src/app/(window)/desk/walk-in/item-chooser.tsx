'use client';
import { useState } from 'react';
import { Input, Select } from '@/components/ui/field';

type Item = { code: string; name: string; department: string };

/**
 * 事项选择 with type-ahead: typing part of a name, department or code narrows
 * the list of sixty-odd items, and a single match is chosen at once. The select
 * stays the form's field, so the page works the same without JavaScript.
 */
export function ItemChooser({
  items,
  defaultCode,
  labels,
}: {
  items: Item[];
  defaultCode: string;
  labels: { search: string; placeholder: string; choose: string; matches: string; none: string };
}) {
  const [query, setQuery] = useState('');
  const [code, setCode] = useState(defaultCode);
  const q = query.trim().toLowerCase();
  const shown = q ? items.filter((i) => `${i.name} ${i.department} ${i.code}`.toLowerCase().includes(q)) : items;
  const onQuery = (value: string) => {
    setQuery(value);
    const v = value.trim().toLowerCase();
    const matches = v ? items.filter((i) => `${i.name} ${i.department} ${i.code}`.toLowerCase().includes(v)) : items;
    if (matches.length === 1) setCode(matches[0]!.code);
    else if (!matches.some((m) => m.code === code)) setCode('');
  };
  return (
    <div className="space-y-2">
      <div>
        <label htmlFor="item-search" className="mb-1 block text-xs text-slate-600">
          {labels.search}
        </label>
        <Input
          id="item-search"
          name=""
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          placeholder={labels.placeholder}
          autoComplete="off"
          aria-controls="code"
        />
      </div>
      <Select id="code" name="code" value={code} onChange={(e) => setCode(e.target.value)}>
        <option value="">{q ? (shown.length === 0 ? labels.none : labels.matches.replace('{count}', String(shown.length))) : labels.choose}</option>
        {shown.map((item) => (
          <option key={item.code} value={item.code}>
            {item.name}（{item.department}）
          </option>
        ))}
      </Select>
    </div>
  );
}
