import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from '@/i18n/server';
import { Badge, TrailingBadge } from '@/components/ui/badge';
import { ButtonLink, Button } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { listServiceItems } from '@/lib/catalog-admin/list-service-items';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('catalogAdmin'))('title') };
}

const statusTone = { ACTIVE: 'green', CANCELLED: 'gray', MERGED: 'blue', SPLIT: 'blue' } as const;

export default async function ItemsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const actor = await requirePageActor(['ADMIN'], '/admin/items');
  const { q = '', page = '1' } = await searchParams;
  const [t, tc, list] = await Promise.all([getTranslations('catalogAdmin'), getTranslations(), listServiceItems(actor, { q, page: Number(page) || 1 })]);
  // The catalog's other admin pages, one step from the list.
  const related = [
    ['/admin/quality', t('quality')],
    ['/admin/catalog-transfer', t('transfer')],
    ['/admin/departments', t('departments')],
  ] as const;
  const pageHref = (n: number) => `/admin/items?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  return (
    <div>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <ButtonLink href="/admin/items/new">{t('newItem')}</ButtonLink>
            {related.map(([href, label]) => (
              <ButtonLink key={href} href={href} variant="secondary">
                {label}
              </ButtonLink>
            ))}
          </>
        }
      />
      <form role="search" action="/admin/items" className="mb-4 flex flex-wrap items-end gap-2" noValidate>
        <div className="min-w-0 flex-1">
          <label htmlFor="q" className="mb-1 block text-sm font-medium text-slate-800">
            {t('searchLabel')}
          </label>
          <input
            id="q"
            name="q"
            defaultValue={q}
            className="block min-h-10 w-full rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
          />
        </div>
        <Button type="submit">{t('search')}</Button>
      </form>
      <p className="mb-2 text-sm text-slate-600">{t('total', { count: list.total })}</p>
      {list.items.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <Table caption={t('title')} head={[t('col.code'), t('col.name'), t('col.level'), t('col.department'), t('col.status'), t('col.version')]}>
          {list.items.map((item) => (
            <tr key={item.id}>
              <Td className="whitespace-nowrap font-mono text-xs">{item.basicCode}</Td>
              <Td>
                <Link href={`/admin/items/${item.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {item.name}
                </Link>
              </Td>
              <Td className="whitespace-nowrap">{item.level ? tc(`level.${item.level}`) : '—'}</Td>
              <Td>{item.department ?? '—'}</Td>
              <Td>
                <Badge tone={statusTone[item.status]}>{t(`itemStatus.${item.status}`)}</Badge>
              </Td>
              <Td className="whitespace-nowrap">
                {item.publishedVersion ? t('history.version', { version: item.publishedVersion }) : t('noPublished')}
                {item.hasDraft && <TrailingBadge tone="yellow">{t('hasDraft')}</TrailingBadge>}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {list.pages > 1 && (
        <nav aria-label={t('page', { page: list.page, pages: list.pages })} className="mt-4 flex items-center justify-between text-sm">
          {list.page > 1 ? <TextLink href={pageHref(list.page - 1)}>{t('prev')}</TextLink> : <span />}
          <span>{t('page', { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages ? <TextLink href={pageHref(list.page + 1)}>{t('next')}</TextLink> : <span />}
        </nav>
      )}
    </div>
  );
}
