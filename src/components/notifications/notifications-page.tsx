import Link from '@/components/ui/link';
import { getFormatter, getLocale, getTranslations } from '@/i18n/server';
import { localeOf } from '@/i18n/config';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import type { ActionState } from '@/lib/action';
import type { Actor } from '@/lib/auth/actor';
import { countUnreadNotifications } from '@/lib/notify/count-unread-notifications';
import { listNotifications } from '@/lib/notify/list-notifications';
import { MarkAllReadButton } from './mark-all-read-button';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Anyone's own in-app inbox: newest first, unread marked, paged by keyset, with "mark all read". */
export async function NotificationsPage({ actor, after, base, action }: { actor: Actor; after?: string; base: string; action: Action }) {
  const locale = localeOf(await getLocale());
  const [t, format, page, unread] = await Promise.all([
    getTranslations('notifications'),
    getFormatter(),
    listNotifications(actor, { after, locale }),
    countUnreadNotifications(actor),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<MarkAllReadButton upTo={unread.newestAt?.toISOString() ?? null} action={action} />}
      />
      <Card title={t('listLabel')} actions={<Badge tone={unread.count > 0 ? 'red' : 'gray'}>{t('unreadSummary', { count: unread.count })}</Badge>}>
        {page.notifications.length === 0 ? (
          <EmptyState>{after ? t('emptyPage') : t('empty')}</EmptyState>
        ) : (
          <ul aria-label={t('listLabel')} className="-mx-5 -my-5 divide-y divide-slate-100 overflow-hidden rounded-b-lg">
            {page.notifications.map((n) => {
              const isUnread = n.readAt === null;
              return (
                <li
                  key={n.id}
                  className={`flex flex-col gap-2 border-l-4 px-5 py-4 sm:flex-row sm:items-start sm:justify-between sm:gap-4 ${isUnread ? 'border-l-seal-600 bg-brand-50/50' : 'border-l-transparent'}`}
                >
                  <div className="min-w-0 flex-1">
                    <p className="flex flex-wrap items-center gap-2">
                      {isUnread && <Badge tone="red">{t('unread')}</Badge>}
                      <span className={`break-words ${isUnread ? 'font-semibold text-slate-900' : 'font-medium text-slate-700'}`}>{n.title}</span>
                    </p>
                    <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-600">{n.body}</p>
                    <p className="mt-1 text-xs text-slate-500">
                      <span className="sr-only">{t('receivedAt')}：</span>
                      <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                      {!isUnread && <span className="sr-only">，{t('read')}</span>}
                    </p>
                  </div>
                  {n.link && (
                    <Link
                      href={n.link}
                      aria-label={t('openLabel', { title: n.title })}
                      className="inline-flex min-h-10 shrink-0 items-center self-start rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
                    >
                      {t('open')}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      {(after || page.next) && (
        <nav aria-label={t('paging')} className="flex flex-wrap gap-3">
          {after && (
            <ButtonLink href={base} variant="secondary">
              {t('newest')}
            </ButtonLink>
          )}
          {page.next && (
            <ButtonLink href={`${base}?${new URLSearchParams({ after: page.next })}`} variant="secondary">
              {t('older')}
            </ButtonLink>
          )}
        </nav>
      )}
    </div>
  );
}
