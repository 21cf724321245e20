import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { limitText } from '@/components/catalog/labels';
import { Badge } from '@/components/ui/badge';
import { FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/card';
import { catalogSearchSchema } from '@/lib/catalog/schemas';
import { HANDLING_CLASSES, ITEM_TYPES, LEVELS } from '@/lib/enums';
import { listCatalogFacets, searchServiceItems, suggestServiceItems } from '@/lib/catalog/search-service-items';
import { MatchReasons, NothingFound } from '@/components/catalog/search-explain';
import { BundleResults } from '@/components/bundles/bundle-results';
import { Options } from '@/components/ui/field';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('catalog'))('title') };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function CatalogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  const parsed = catalogSearchSchema.safeParse({
    q: one(raw.q),
    department: one(raw.department),
    type: one(raw.type),
    level: one(raw.level),
    handlingClass: one(raw.handlingClass),
    onlineDepth: one(raw.onlineDepth),
    lifeEvent: one(raw.lifeEvent),
    page: one(raw.page),
  });
  const query = parsed.success ? parsed.data : catalogSearchSchema.parse({});
  const [t, facets, result] = await Promise.all([getTranslations(), listCatalogFacets(), searchServiceItems(query)]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v && k !== 'page' && k !== 'pageSize') params.set(k, String(v));
    params.set('page', String(page));
    return `/services?${params}`;
  };
  const select = 'min-h-10 w-full rounded-md border-0 bg-white px-3 text-sm ring-1 ring-inset ring-slate-300';
  return (
    <div>
      <PageHeader title={t('catalog.title')} description={t('catalog.description')} />
      <form className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" role="search">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="mb-1 block text-xs font-medium text-slate-600">
            {t('catalog.keyword')}
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q} placeholder={t('home.searchPlaceholder')} aria-describedby="q-hint" className={select} />
          <p id="q-hint" className="mt-1 text-xs text-slate-500">
            {t('catalogPublic.filters.searchHint')}
          </p>
        </div>
        <FilterSelect id="department" label={t('catalog.department')} value={query.department} anyLabel={t('catalog.all')} className={select}>
          {facets.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
              {d.level !== 'COUNTY' ? `（${t(`level.${d.level}`)}）` : ''}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="lifeEvent" label={t('catalog.lifeEvent')} value={query.lifeEvent} anyLabel={t('catalog.all')} className={select}>
          <Options items={facets.lifeEvents.map((e) => ({ value: e, label: e }))} />
        </FilterSelect>
        <FilterSelect id="type" label={t('catalog.type')} value={query.type} anyLabel={t('catalog.all')} className={select}>
          <Options items={ITEM_TYPES.map((v) => ({ value: v, label: t(`itemType.${v}`) }))} />
        </FilterSelect>
        <FilterSelect id="level" label={t('catalogPublic.filters.level')} value={query.level} anyLabel={t('catalog.all')} className={select}>
          <Options items={LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))} />
        </FilterSelect>
        <FilterSelect id="handlingClass" label={t('catalogPublic.filters.handlingClass')} value={query.handlingClass} anyLabel={t('catalog.all')} className={select}>
          <Options items={HANDLING_CLASSES.map((v) => ({ value: v, label: t(`handlingClass.${v}`) }))} />
        </FilterSelect>
        <FilterSelect id="onlineDepth" label={t('catalogPublic.filters.onlineDepth')} value={query.onlineDepth} anyLabel={t('catalog.all')} className={select}>
          <Options items={[4, 3, 2].map((v) => ({ value: v, label: t('catalogPublic.filters.depthAtLeast', { depth: v }) }))} />
        </FilterSelect>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4 lg:justify-end">
          <Link href="/services" className="flex min-h-10 items-center rounded-md px-4 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">
            {t('catalogPublic.filters.reset')}
          </Link>
          <button className="min-h-10 flex-1 rounded-md bg-brand-600 px-6 text-sm font-medium text-white hover:bg-brand-700 sm:flex-none">{t('home.search')}</button>
        </div>
      </form>

      {/* 一件事 first: a life event's bundle above its single items. */}
      {(query.page ?? 1) <= 1 && <BundleResults q={query.q} lifeEvent={query.lifeEvent} />}
      <p className="mb-3 text-sm text-slate-600" aria-live="polite">
        {t('catalog.found', { total: result.total })}
      </p>
      {result.tolerant && result.items.length > 0 && <p className="mb-3 text-sm text-amber-800">{t('searchExplain.tolerant')}</p>}
      {result.items.length === 0 ? (
        <NothingFound q={query.q} suggestions={query.q ? await suggestServiceItems(query.q) : []} />
      ) : (
        <ul className="space-y-3">
          {result.items.map((item) => (
            <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-300">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="text-base font-semibold">
                  <Link href={`/services/${item.code}`} className="text-brand-800 hover:underline">
                    {item.name}
                  </Link>
                </h2>
                <div className="flex flex-wrap gap-1.5">
                  <Badge tone="blue">{t(`itemType.${item.type}`)}</Badge>
                  <Badge tone={item.handlingClass === 'IMMEDIATE' ? 'green' : 'gray'}>{t(`handlingClass.${item.handlingClass}`)}</Badge>
                  {item.onlineDepth >= 4 && <Badge tone="green">{t('catalog.fullyOnline')}</Badge>}
                </div>
              </div>
              <p className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
                <span>{t('searchExplain.field', { label: t('catalog.department'), value: item.department })}</span>
                <span>{t('searchExplain.field', { label: t('catalog.promisedLimit'), value: limitText(t, item.promisedLimitDays) })}</span>
                <span>{t('searchExplain.field', { label: t('catalog.code'), value: item.code })}</span>
              </p>
              <MatchReasons reasons={item.reasons} />
            </li>
          ))}
        </ul>
      )}
      {result.pageCount > 1 && (
        <nav aria-label={t('catalog.pages')} className="mt-6 flex items-center justify-center gap-3 text-sm">
          {result.page > 1 && <Link href={pageHref(result.page - 1)} className="rounded px-3 py-2 ring-1 ring-slate-300 hover:bg-white">{t('catalog.previous')}</Link>}
          <span>
            {result.page} / {result.pageCount}
          </span>
          {result.page < result.pageCount && <Link href={pageHref(result.page + 1)} className="rounded px-3 py-2 ring-1 ring-slate-300 hover:bg-white">{t('catalog.next')}</Link>}
        </nav>
      )}
    </div>
  );
}
