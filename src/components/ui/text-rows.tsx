'use client';

/**
 * Table rows of plain texts, drawn in the browser from the texts themselves: a long table of
 * figures (statistics by item) travels once as data instead of twice as markup (the HTML and
 * the React payload of server-rendered cells). `last` is the last row's class (a total).
 */
export function TextRows({ rows, last }: { rows: (string | number)[][]; last?: string }) {
  return rows.map((cells, i) => (
    <tr key={i} className={i === rows.length - 1 ? last : undefined}>
      {cells.map((text, j) => (
        <td key={j}>{text}</td>
      ))}
    </tr>
  ));
}
