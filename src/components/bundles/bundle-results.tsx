import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { limitText } from '@/components/catalog/labels';
import { Badge } from '@/components/ui/badge';
import { searchBundles } from '@/lib/bundles/search-bundles';

/** The bundles (一件事) a catalog search finds, shown above its single items. */
export async function BundleResults({ q, lifeEvent }: { q?: string; lifeEvent?: string }) {
  const [t, bundles] = await Promise.all([getTranslations(), searchBundles({ q, lifeEvent })]);
  if (bundles.length === 0) return null;
  return (
    <section aria-labelledby="bundle-results" className="mb-6">
      <h2 id="bundle-results" className="mb-2 text-sm font-semibold text-slate-700">
        {t('bundles.found', { count: bundles.length })}
      </h2>
      <ul className="space-y-3">
        {bundles.map((b) => (
          <li key={b.code} className="bundle-card">
            <div className="result-head">
              <h3 className="text-base font-semibold">
                <Link href={`/services/bundles/${encodeURIComponent(b.code)}`} className="result-title">
                  {b.name}
                </Link>
              </h3>
              <div className="flex flex-wrap gap-1.5">
                <Badge tone="green">{t('bundles.badge')}</Badge>
                <Badge tone="blue">{b.lifeEvent}</Badge>
              </div>
            </div>
            <p className="result-facts">
              <span>{t('punctuation.labelled', { label: t('bundles.lead'), value: b.leadDepartment })}</span>
              <span>{t('punctuation.labelled', { label: t('bundles.memberCount'), value: b.memberCount })}</span>
              <span>{t('punctuation.labelled', { label: t('bundles.promised'), value: limitText(t, b.promisedLimitDays) })}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
