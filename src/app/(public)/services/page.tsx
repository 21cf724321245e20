import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { limitText } from '@/components/catalog/labels';
import { PageHeader } from '@/components/ui/card';
import { catalogSearchSchema } from '@/lib/catalog/schemas';
import { listCatalogFacets, searchServiceItems, suggestServiceItems } from '@/lib/catalog/search-service-items';
import { NothingFound } from '@/components/catalog/search-explain';
import { ResultList, type ResultRow } from '@/components/catalog/result-list';
import { BundleResults } from '@/components/bundles/bundle-results';
import { CatalogFilters } from '@/components/catalog/catalog-filters';

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
  return (
    <div>
      <PageHeader title={t('catalog.title')} description={t('catalog.description')} />
      <CatalogFilters query={query} facets={facets} />

      {/* 一件事 first: a life event's bundle above its single items. */}
      {(query.page ?? 1) <= 1 && <BundleResults q={query.q} lifeEvent={query.lifeEvent} />}
      <p className="mb-3 text-sm text-slate-600" aria-live="polite">
        {t('catalog.found', { total: result.total })}
      </p>
      {result.tolerant && result.items.length > 0 && <p className="mb-3 text-sm text-amber-800">{t('searchExplain.tolerant')}</p>}
      {result.items.length === 0 ? (
        <NothingFound q={query.q} suggestions={query.q ? await suggestServiceItems(query.q) : []} />
      ) : (
        <ResultList
          reasonsLabel={t('searchExplain.reasonsLabel')}
          rows={result.items.map((item): ResultRow => ({
            c: item.code,
            n: item.name,
            b: [
              ['blue', t(`itemType.${item.type}`)],
              [item.handlingClass === 'IMMEDIATE' ? 'green' : 'gray', t(`handlingClass.${item.handlingClass}`)],
              ...(item.onlineDepth >= 4 ? [['green', t('catalog.fullyOnline')] as const] : []),
            ],
            f: [
              t('searchExplain.field', { label: t('catalog.department'), value: item.department }),
              t('searchExplain.field', { label: t('catalog.promisedLimit'), value: limitText(t, item.promisedLimitDays) }),
              t('searchExplain.field', { label: t('catalog.code'), value: item.code }),
            ],
            r: item.reasons.map((r) => t(`searchExplain.reasons.${r.kind}`, { text: r.text ?? '' })),
          }))}
        />
      )}
      {result.pageCount > 1 && (
        <nav aria-label={t('catalog.pages')} className="mt-6 flex items-center justify-center gap-3 text-sm">
          {result.page > 1 && (
            <Link href={pageHref(result.page - 1)} className="rounded px-3 py-2 ring-1 ring-slate-300 hover:bg-white">
              {t('catalog.previous')}
            </Link>
          )}
          <span>
            {result.page} / {result.pageCount}
          </span>
          {result.page < result.pageCount && (
            <Link href={pageHref(result.page + 1)} className="rounded px-3 py-2 ring-1 ring-slate-300 hover:bg-white">
              {t('catalog.next')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
