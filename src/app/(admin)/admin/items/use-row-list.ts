import { useState } from 'react';

/** Rows with a stable key each, so React keeps an input's typed text with its row when an earlier row is removed. */
export type Keyed<T> = { key: number; row: T };

let nextKey = 0;
const keyed = <T>(rows: T[]): Keyed<T>[] => rows.map((row) => ({ key: nextKey++, row }));

/** The add / remove / change state of one repeating list in the item form. */
export function useRowList<T>(initial: T[]) {
  const [rows, setRows] = useState(() => keyed(initial));
  return {
    rows,
    add: (row: T) => setRows((current) => [...current, ...keyed([row])]),
    remove: (index: number) => setRows((current) => current.filter((_, j) => j !== index)),
    update: (index: number, change: (row: T) => T) => setRows((current) => current.map((r, j) => (j === index ? { ...r, row: change(r.row) } : r))),
  };
}

export type RowList<T> = ReturnType<typeof useRowList<T>>;
