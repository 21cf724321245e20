import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { topicName } from '@/components/catalog/labels';
import { Choices } from '@/components/ui/choices';
import { FilterSelect } from '@/components/ui/filter-select';
import { Options } from '@/components/ui/field';
import { HANDLING_CLASSES, ITEM_TYPES, LEVELS } from '@/lib/enums';
import type { listCatalogFacets } from '@/lib/catalog/search-service-items';

type Query = {
  q?: string;
  department?: string;
  type?: string;
  level?: string;
  handlingClass?: string;
  onlineDepth?: number | string;
  lifeEvent?: string;
};
const FILTERS = ['department', 'lifeEvent', 'type', 'level', 'handlingClass', 'onlineDepth'] as const;

/**
 * The search form of /services: the keyword, then the six filters. On a phone the
 * filters fold behind one "筛选" (a native <details>, closed) so the results come
 * first; from the sm breakpoint up they show as before, unfolded by CSS
 * (globals.css `.filters`, where the browser can style ::details-content; elsewhere
 * the fold stays and opens with a tap).
 */
export async function CatalogFilters({ query, facets }: { query: Query; facets: Awaited<ReturnType<typeof listCatalogFacets>> }) {
  const t = await getTranslations();
  const active = FILTERS.filter((f) => query[f] != null && query[f] !== '').length;
  // globals.css: one short class for the eight controls, sent twice (the HTML and the React payload).
  const select = 'filter-control';
  return (
    <form className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" role="search" noValidate>
      <div className="sm:col-span-2">
        <label htmlFor="q" className="filter-label">
          {t('catalog.keyword')}
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q} placeholder={t('home.searchPlaceholder')} aria-describedby="q-hint" className={select} />
        <p id="q-hint" className="mt-1 text-xs text-slate-500">
          {t('catalogPublic.filters.searchHint')}
        </p>
      </div>
      <details className="filters">
        <summary className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md px-3 text-sm font-medium text-brand-700 ring-1 ring-slate-300">
          {t('catalogPublic.filters.toggle')}
          {active > 0 && <span className="badge tone-blue">{t('catalogPublic.filters.active', { count: active })}</span>}
        </summary>
        <div className="mt-3 grid gap-3 sm:mt-0">
          <FilterSelect id="department" label={t('catalog.department')} value={query.department} anyLabel={t('catalog.all')} className={select}>
            <Choices items={facets.departments.map((d) => [d.id, d.level !== 'COUNTY' ? `${d.name}（${t(`level.${d.level}`)}）` : d.name] as const)} />
          </FilterSelect>
          <FilterSelect id="lifeEvent" label={t('catalog.lifeEvent')} value={query.lifeEvent} anyLabel={t('catalog.all')} className={select}>
            <Choices items={facets.lifeEvents.map((e) => [e, topicName(t, e)] as const)} />
          </FilterSelect>
          {/* The fixed-choice filters: an enum each, labelled by its messages. */}
          {(
            [
              ['type', t('catalog.type'), ITEM_TYPES.map((v) => ({ value: v, label: t(`itemType.${v}`) }))],
              ['level', t('catalogPublic.filters.level'), LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))],
              ['handlingClass', t('catalogPublic.filters.handlingClass'), HANDLING_CLASSES.map((v) => ({ value: v, label: t(`handlingClass.${v}`) }))],
              [
                'onlineDepth',
                t('catalogPublic.filters.onlineDepth'),
                [4, 3, 2].map((v) => ({ value: v, label: t('catalogPublic.filters.depthAtLeast', { depth: v }) })),
              ],
            ] as const
          ).map(([id, label, items]) => (
            <FilterSelect key={id} id={id} label={label} value={query[id]} anyLabel={t('catalog.all')} className={select}>
              <Options items={items} />
            </FilterSelect>
          ))}
        </div>
      </details>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4 lg:justify-end">
        <Link href="/services" className="flex min-h-10 items-center rounded-md px-4 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">
          {t('catalogPublic.filters.reset')}
        </Link>
        <button className="btn btn-primary flex-1 px-6 sm:flex-none">{t('home.search')}</button>
      </div>
    </form>
  );
}
