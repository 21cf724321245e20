'use client';

/**
 * Table rows of plain texts, drawn in the browser from the texts themselves: a long table of
 * figures (statistics by item) travels once as data instead of twice as markup (the HTML and
 * the React payload of server-rendered cells). `lead` is the first cell's class, `last` the
 * last row's (a total).
 */
export function TextRows({ rows, lead, last }: { rows: (string | number)[][]; lead?: string; last?: string }) {
  return rows.map((cells, i) => (
    <tr key={i} className={i === rows.length - 1 ? last : undefined}>
      {cells.map((text, j) => (
        <td key={j} className={j === 0 ? lead : undefined}>
          {text}
        </td>
      ))}
    </tr>
  ));
}
