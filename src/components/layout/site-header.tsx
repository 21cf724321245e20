import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Actor, Role } from '@/lib/auth/actor';
import { getRequestContext } from '@/lib/auth/session';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';
import { publicPages } from './public-pages';
import { SignOutButton } from './sign-out-button';

// The window's two roles and the department's two roles work the same pages.
const windowNav = [
  { href: '/desk', key: 'intakeQueue' },
  { href: '/desk/walk-in', key: 'walkIn' },
  { href: '/desk/queue', key: 'callQueue' },
  { href: '/desk/immediate', key: 'immediateDecisions' },
  { href: '/desk/results', key: 'resultWindow' },
  { href: '/desk/messages', key: 'messages' },
  { href: '/desk/inquiries', key: 'inquiries' },
  { href: '/desk/notifications', key: 'notifications' },
];
const departmentNav = [
  { href: '/review', key: 'inbox' },
  { href: '/review/messages', key: 'messages' },
  { href: '/review/rectifications', key: 'rectifications' },
  { href: '/review/inquiries', key: 'inquiries' },
  { href: '/review/notifications', key: 'notifications' },
];

const navByRole: Record<Role, { href: string; key: string }[]> = {
  APPLICANT: [
    { href: '/me', key: 'myApplications' },
    { href: '/me/appointments', key: 'appointments' },
    { href: '/me/ratings', key: 'myRatings' },
    { href: '/me/complaints', key: 'complaints' },
    { href: '/me/inquiries', key: 'inquiries' },
    { href: '/me/notifications', key: 'notifications' },
  ],
  CLERK: windowNav,
  WINDOW_LEAD: windowNav,
  REVIEWER: departmentNav,
  DEPT_HEAD: departmentNav,
  SUPERVISOR: [
    { href: '/oversee', key: 'deadlineBoard' },
    { href: '/oversee/rectifications', key: 'rectifications' },
    { href: '/oversee/complaints', key: 'complaintHandling' },
    { href: '/oversee/statistics', key: 'statistics' },
    { href: '/oversee/notifications', key: 'notifications' },
  ],
  ADMIN: [
    { href: '/admin', key: 'admin' },
    { href: '/admin/items', key: 'catalogAdmin' },
    { href: '/admin/calendar', key: 'calendar' },
    { href: '/admin/api-keys', key: 'apiKeys' },
    { href: '/admin/subscribers', key: 'eventSubscribers' },
    { href: '/oversee/notifications', key: 'notifications' },
  ],
};

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
  const navLinks = [{ href: '/', key: 'home' }, ...shared, ...(actor ? navByRole[actor.role] : [])];
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
