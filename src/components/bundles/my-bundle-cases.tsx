import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { Actor } from '@/lib/auth/actor';
import { listMyBundleCases } from '@/lib/bundles/list-my-bundle-cases';

/** The applicant's 一件事 applications, each with its members' progress. */
export async function MyBundleCases({ actor }: { actor: Actor }) {
  const [t, cases] = await Promise.all([getTranslations('bundles'), listMyBundleCases(actor)]);
  if (cases.length === 0) return null;
  return (
    <Card title={t('mine')}>
      <ul className="divide-y divide-slate-100">
        {cases.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <span className="min-w-0">
              <Link href={`/me/bundles/${c.id}`} className="font-medium text-brand-700 hover:underline">
                {c.name}
              </Link>
              <span className="block font-mono text-xs text-slate-600">{c.receiptNumber ?? t('notYet')}</span>
            </span>
            <span className="flex items-center gap-2 text-sm">
              <Badge tone={c.status === 'CORRECTION_REQUIRED' ? 'yellow' : c.status === 'REJECTED' ? 'red' : 'blue'}>{t(`status.${c.status}`)}</Badge>
              {t('progress', { done: c.concluded, total: c.members })}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
