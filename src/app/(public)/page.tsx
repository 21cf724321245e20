import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { topicName } from '@/components/catalog/labels';
import { listCatalogFacets } from '@/lib/catalog/search-service-items';

export const dynamic = 'force-dynamic';

/**
 * A life event as a query value: only what would end or split it is escaped.
 * The browser escapes the rest when it follows the link; written out, each
 * Chinese character took 9 bytes, twice (markup and React payload).
 */
const queryValue = (text: string) => text.replace(/[%&#+=?\s]/g, encodeURIComponent);

export default async function HomePage() {
  const [t, tAll, facets] = await Promise.all([getTranslations('home'), getTranslations(), listCatalogFacets()]);
  const steps = ['find', 'apply', 'track', 'collect'] as const;
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-900 px-6 py-10 text-white shadow sm:px-10">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="mt-2 max-w-2xl text-brand-100">{t('subtitle')}</p>
        <form action="/services" className="mt-6 flex max-w-2xl flex-col gap-2 sm:flex-row" role="search" noValidate>
          <label htmlFor="home-q" className="sr-only">
            {t('searchLabel')}
          </label>
          <input
            id="home-q"
            name="q"
            placeholder={t('searchPlaceholder')}
            className="min-h-12 flex-1 rounded-md border-0 bg-white px-4 text-base text-slate-900 placeholder:text-slate-500"
          />
          <button className="min-h-12 rounded-md bg-seal-600 px-6 font-semibold hover:bg-seal-700">{t('search')}</button>
        </form>
      </section>

      <section aria-labelledby="life-events">
        <h2 id="life-events" className="mb-3 text-lg font-semibold">
          {t('lifeEvents')}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6">
          {facets.lifeEvents.map((event) => (
            <li key={event}>
              <Link href={`/services?lifeEvent=${queryValue(event)}`} className="home-tile">
                {topicName(tAll, event)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="how" className="mb-4 text-lg font-semibold">
          {t('howTitle')}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-4">
          {steps.map((step, i) => (
            <li key={step} className="flex gap-3">
              <span className="home-step">{i + 1}</span>
              <div>
                <p className="font-semibold">{t(`steps.${step}.title`)}</p>
                <p className="text-sm text-slate-600">{t(`steps.${step}.text`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
