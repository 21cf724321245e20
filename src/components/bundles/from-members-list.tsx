import { useTranslations } from 'next-intl';

export type FromMemberView = { key: string; name: string; producer: string; members: string[] };

/** The materials a bundle takes from the results of its earlier members: nobody submits them. */
export function FromMembersList({ items, className }: { items: FromMemberView[]; className: string }) {
  const t = useTranslations('bundleFlow');
  const tb = useTranslations('bundles');
  return (
    <ul className={className}>
      {items.map((f) => (
        <li key={`${f.key}|${f.producer}`}>
          <span className="font-medium">{f.name}</span>
          <span className="ml-2 text-emerald-700">{t('fromMember', { producer: f.producer })}</span>
          <span className="ml-2 text-slate-500">{tb('usedBy', { items: f.members.join('、') })}</span>
        </li>
      ))}
    </ul>
  );
}
