import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';

/** A search that found nothing: say so, offer the closest items, and point to 咨询. */
export async function NothingFound({ q, suggestions }: { q?: string; suggestions: { name: string; code: string }[] }) {
  const t = await getTranslations('searchExplain');
  return (
    <div className="space-y-4 rounded-md border border-dashed border-slate-300 bg-slate-50 px-4 py-6 text-sm text-slate-700" data-testid="nothing-found">
      <p className="font-medium text-slate-900">{q ? t('noneFor', { q }) : t('noneFiltered')}</p>
      {suggestions.length > 0 && (
        <div>
          <h2 className="mb-2 text-sm font-medium text-slate-900">{t('suggestions')}</h2>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map((s) => (
              <li key={s.code}>
                <Link
                  href={`/services/${s.code}`}
                  className="inline-block rounded-md bg-white px-3 py-1.5 text-brand-800 underline ring-1 ring-inset ring-slate-300 hover:bg-brand-50"
                >
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h2 className="text-sm font-medium text-slate-900">{t('askTitle')}</h2>
        <p className="mt-1">
          <Link href="/me/inquiries" className="font-medium text-brand-800 underline">
            {t('ask')}
          </Link>
          <span className="text-slate-600">{` · ${t('askHint')}`}</span>
        </p>
      </div>
    </div>
  );
}
