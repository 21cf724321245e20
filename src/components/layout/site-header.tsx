import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { DEPARTMENT_ROLES, WINDOW_ROLES, type Actor, type Role } from '@/lib/auth/actor';
import { getRequestContext } from '@/lib/auth/session';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';
import { publicPages } from './public-pages';
import { SignOutButton } from './sign-out-button';

const APPLICANT: Role[] = ['APPLICANT'];
const OVERSIGHT: Role[] = ['SUPERVISOR', 'ADMIN'];

/**
 * The signed-in pages in the header, in its order, each with the roles that see it: the window's
 * two roles work the same pages, as do the department's two, and the administrator shares the
 * supervisor's notifications page.
 */
const rolePages: { href: string; key: string; roles: readonly Role[] }[] = [
  { href: '/me', key: 'myApplications', roles: APPLICANT },
  { href: '/me/appointments', key: 'appointments', roles: APPLICANT },
  { href: '/me/ratings', key: 'myRatings', roles: APPLICANT },
  { href: '/me/complaints', key: 'complaints', roles: APPLICANT },
  { href: '/me/inquiries', key: 'inquiries', roles: APPLICANT },
  { href: '/me/notifications', key: 'notifications', roles: APPLICANT },
  { href: '/desk', key: 'intakeQueue', roles: WINDOW_ROLES },
  { href: '/desk/walk-in', key: 'walkIn', roles: WINDOW_ROLES },
  { href: '/desk/queue', key: 'callQueue', roles: WINDOW_ROLES },
  { href: '/desk/immediate', key: 'immediateDecisions', roles: WINDOW_ROLES },
  { href: '/desk/results', key: 'resultWindow', roles: WINDOW_ROLES },
  { href: '/desk/messages', key: 'messages', roles: WINDOW_ROLES },
  { href: '/desk/inquiries', key: 'inquiries', roles: WINDOW_ROLES },
  { href: '/desk/notifications', key: 'notifications', roles: WINDOW_ROLES },
  { href: '/review', key: 'inbox', roles: DEPARTMENT_ROLES },
  { href: '/review/messages', key: 'messages', roles: DEPARTMENT_ROLES },
  { href: '/review/rectifications', key: 'rectifications', roles: DEPARTMENT_ROLES },
  { href: '/review/inquiries', key: 'inquiries', roles: DEPARTMENT_ROLES },
  { href: '/review/notifications', key: 'notifications', roles: DEPARTMENT_ROLES },
  { href: '/oversee', key: 'deadlineBoard', roles: ['SUPERVISOR'] },
  { href: '/oversee/rectifications', key: 'rectifications', roles: ['SUPERVISOR'] },
  { href: '/oversee/complaints', key: 'complaintHandling', roles: ['SUPERVISOR'] },
  { href: '/oversee/statistics', key: 'statistics', roles: ['SUPERVISOR'] },
  { href: '/admin', key: 'admin', roles: ['ADMIN'] },
  { href: '/admin/items', key: 'catalogAdmin', roles: ['ADMIN'] },
  { href: '/admin/calendar', key: 'calendar', roles: ['ADMIN'] },
  { href: '/admin/api-keys', key: 'apiKeys', roles: ['ADMIN'] },
  { href: '/admin/subscribers', key: 'eventSubscribers', roles: ['ADMIN'] },
  { href: '/oversee/notifications', key: 'notifications', roles: OVERSIGHT },
];

/**
 * The header sits in the root layout, above every error boundary: a database
 * error here would replace the whole page with Next's bare error page. So it
 * degrades instead: without the database it shows the public links and no
 * counts, and the page below shows its own (translated) error.
 */
async function headerData(): Promise<{ actor: Actor | null; unread: number; degraded: boolean }> {
  try {
    const { actor, unreadNotifications } = await getRequestContext();
    return { actor, unread: unreadNotifications, degraded: false };
  } catch (error) {
    console.error('[header] shown without the account:', error instanceof Error ? error.message : error);
    return { actor: null, unread: 0, degraded: true };
  }
}

function deeperOf(href: string, links: { href: string }[]): string[] | undefined {
  const deeper = href === '/' ? [] : links.map((l) => l.href).filter((h) => h.startsWith(`${href}/`));
  return deeper.length > 0 ? deeper : undefined;
}

export async function SiteHeader() {
  const [t, { actor, unread, degraded }] = await Promise.all([getTranslations(), headerData()]);
  // Signed-in people see their own pages first; every public page stays linked from the footer.
  const shared = !actor ? publicPages : actor.role === 'APPLICANT' ? publicPages.slice(0, 2) : publicPages.slice(0, 1);
  const navLinks = [{ href: '/', key: 'home' }, ...shared, ...(actor ? rolePages.filter((p) => p.roles.includes(actor.role)) : [])];
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="border-b-4 border-seal-600">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="flex items-center gap-3">
            <span aria-hidden="true" className="flex h-10 w-10 items-center justify-center rounded-full bg-seal-600 text-lg font-bold ring-2 ring-white/70">
              政
            </span>
            <span>
              <span className="block text-lg font-bold leading-tight tracking-wide">{t('site.name')}</span>
              <span className="block text-xs text-brand-100">{t('site.center')}</span>
            </span>
          </Link>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <LanguageSwitch />
            {degraded ? null : actor ? (
              <>
                <span className="text-brand-100">
                  {actor.name} · {t(`roles.${actor.role}`)}
                </span>
                <SignOutButton label={t('nav.signOut')} />
              </>
            ) : (
              <Link href="/login" className="rounded-md bg-white px-3 py-1.5 font-medium text-brand-800 hover:bg-brand-50">
                {t('nav.signIn')}
              </Link>
            )}
          </div>
        </div>
      </div>
      <nav aria-label={t('nav.main')} className="bg-brand-700">
        {/* One row that scrolls sideways on a phone instead of wrapping into a wall of links; relative, so
            the screen-reader-only texts inside stay in that row instead of widening the page. */}
        <ul className="relative mx-auto flex max-w-6xl gap-1 overflow-x-auto whitespace-nowrap px-2 text-sm sm:flex-wrap sm:overflow-visible">
          {navLinks.map((l) => (
            <li key={l.href}>
              <NavLink href={l.href} deeper={deeperOf(l.href, navLinks)}>
                {t(`nav.${l.key}`)}
                {l.key === 'notifications' && unread > 0 && (
                  <span className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-seal-600 px-1.5 text-xs font-semibold leading-5 text-white">
                    <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
                    <span className="sr-only"> {t('notifications.navUnread', { count: unread })}</span>
                  </span>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
