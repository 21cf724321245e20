import type { ReactNode } from 'react';

/** The compact table of a bundle's members inside a card, on the guide and on the bundle case alike. */
export function MembersTable({ minWidth, head, children }: { minWidth: 'min-w-[36rem]' | 'min-w-[40rem]'; head: ReactNode[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full ${minWidth} text-left text-sm`}>
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={i < head.length - 1 ? 'py-2 pr-3 font-medium' : 'py-2 font-medium'}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
