import { useTranslations } from 'next-intl';

export type FromMemberView = { key: string; name: string; producer: string; members: string[] };

/** Below a bundle's materials, those it takes from the results of its earlier members: nobody submits them. */
export function FromMembers({ items }: { items: FromMemberView[] }) {
  const t = useTranslations('bundleFlow');
  const tb = useTranslations('bundles');
  if (items.length === 0) return null;
  return (
    <div className="mt-4 border-t border-slate-100 pt-3">
      <h3 className="text-sm font-semibold">{t('fromMembers', { count: items.length })}</h3>
      <ul className="mt-2 space-y-1 text-sm">
        {items.map((f) => (
          <li key={`${f.key}|${f.producer}`}>
            <span className="font-medium">{f.name}</span>
            <span className="ml-2 text-emerald-700">{t('fromMember', { producer: f.producer })}</span>
            <span className="ml-2 text-slate-500">{tb('usedBy', { items: f.members.join('、') })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
