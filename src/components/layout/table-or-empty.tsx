import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/card';
import { Table } from '@/components/ui/table';

/** A list page's table, one row per item, or its empty state when there is nothing to list. */
export function TableOrEmpty<T>({
  rows,
  empty,
  caption,
  head,
  cards,
  children,
}: {
  rows: readonly T[];
  empty: ReactNode;
  caption: string;
  head: ReactNode[];
  cards?: boolean;
  children: (row: T, index: number) => ReactNode;
}) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Table caption={caption} head={head} cards={cards}>
      {rows.map(children)}
    </Table>
  );
}
