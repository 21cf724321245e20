import type { ReactNode } from 'react';

/**
 * The due-date cell of a working table's row (the board, 我的申请): the formatted date,
 * its provisional mark with the reason (texts translated once by the page, not per row),
 * and what follows (a stopped clock's note).
 */
export function DueCell({
  due,
  provisional,
  mark,
  children,
}: {
  due: string;
  provisional?: boolean;
  mark: { mark: string; note: string };
  children?: ReactNode;
}) {
  return (
    <td className="nowrap">
      {due}
      {provisional && (
        <span className="provisional" title={mark.note}>
          {mark.mark}
          <span className="sr-only">{mark.note}</span>
        </span>
      )}
      {children}
    </td>
  );
}
