import { getTranslations } from '@/i18n/server';
import { StatusBadge } from '@/components/applications/status-badge';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { Actor } from '@/lib/auth/actor';
import { getMemberBundle } from '@/lib/bundles/get-member-bundle';

/** On a reviewer's task: "part of a bundle", with the other members' states. */
export async function MemberBundleCard({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const bundle = await getMemberBundle(actor, applicationId);
  if (!bundle) return null;
  const t = await getTranslations('bundles');
  return (
    <Card title={t('partOf', { name: bundle.name })}>
      <p className="mb-3 text-sm text-slate-600">{t('partOfHint', { receipt: bundle.receiptNumber ?? '—' })}</p>
      <ul className="space-y-2 text-sm">
        {bundle.members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-2">
            <span className={m.self ? 'font-semibold' : undefined}>{m.name}</span>
            <span className="text-slate-500">{m.department}</span>
            <StatusBadge status={m.status} decision={m.decision} />
            {m.self && <Badge tone="blue">{t('thisCase')}</Badge>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
