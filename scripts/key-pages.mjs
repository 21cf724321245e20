// The pages the weight scripts go over, kept in one place: bench-page-sweep.mjs
// goes over the listing pages, page-weights.mjs over the key pages, and
// test-weight.mjs (the guard in `npm test`) over both. `who` is a demo login
// (password Demo@2026) or 'visitor', not signed in.

/** Every listing page of every role. */
export const LIST_PAGES = {
  visitor: ['/', '/login', '/services', '/statistics', '/open-data', '/disclosure', '/track', '/hall'],
  zhangsan: ['/me', '/me/notifications', '/me/appointments', '/me/complaints', '/me/inquiries', '/me/ratings'],
  clerk: ['/desk', '/desk/immediate', '/desk/inquiries', '/desk/messages', '/desk/notifications', '/desk/queue', '/desk/results', '/desk/results?q=NOSUCH0001'],
  'reviewer.scj': [
    '/review',
    '/review?view=MINE',
    '/review?view=DUE_SOON',
    '/review?view=OVERDUE',
    '/review?view=DONE',
    '/review/inquiries',
    '/review/messages',
    '/review/notifications',
    '/review/rectifications',
  ],
  supervisor: [
    '/oversee',
    '/oversee?level=RED',
    '/oversee/bundles',
    '/oversee/complaints',
    '/oversee/notifications',
    '/oversee/rectifications',
    '/oversee/statistics',
    '/oversee/thresholds',
  ],
  admin: ['/admin', '/admin/items', '/admin/quality', '/admin/subscribers', '/admin/departments', '/admin/calendar', '/admin/api-keys', '/admin/bundles'],
};

/** Issue #15's budget for a page's HTML in KB (1024 bytes, uncompressed): 30 for the pages a citizen opens first, 60 for any other. */
export function budgetKb(url) {
  return ['/', '/login', '/track'].includes(url.split('?')[0]) ? 30 : 60;
}

/**
 * The key pages of every role as { name, url, who }, with the detail pages a
 * list leads to (its first link: a guide, a task, a case) and the statistics
 * over a month and a year. `get(url, who)` resolves with a page's HTML; a
 * detail page whose list shows no link has url null.
 */
export async function keyPages(get) {
  const firstLink = async (url, who, pattern) => (await get(url, who)).match(pattern)?.[1] ?? null;
  const guide = await firstLink('/services', 'visitor', /href="(\/services\/(?!bundles)[A-Za-z0-9-]+)"/);
  const task = await firstLink('/review', 'reviewer.scj', /href="(\/review\/tasks\/[^"?]+)"/);
  const casePage = await firstLink('/oversee', 'supervisor', /href="(\/oversee\/applications\/[^"?]+)"/);
  // Dates in China Standard Time, as the statistics page reads them.
  const daysAgo = (n) => new Date(Date.now() + 8 * 3600_000 - n * 86400_000).toISOString().slice(0, 10);
  return [
    { name: 'home', url: '/', who: 'visitor' },
    { name: '/login', url: '/login', who: 'visitor' },
    { name: '/track', url: '/track', who: 'visitor' },
    { name: 'search (营业执照)', url: `/services?q=${encodeURIComponent('营业执照')}`, who: 'visitor' },
    { name: 'search (all)', url: '/services', who: 'visitor' },
    { name: 'guide', url: guide, who: 'visitor' },
    { name: '/me', url: '/me', who: 'zhangsan' },
    { name: '/desk', url: '/desk', who: 'clerk' },
    { name: '/review', url: '/review', who: 'reviewer.scj' },
    { name: 'task page', url: task, who: 'reviewer.scj' },
    { name: 'board', url: '/oversee', who: 'supervisor' },
    { name: 'board red', url: '/oversee?level=RED', who: 'supervisor' },
    { name: 'case page', url: casePage, who: 'supervisor' },
    { name: 'statistics month', url: `/oversee/statistics?from=${daysAgo(29)}&to=${daysAgo(0)}&by=department`, who: 'supervisor' },
    { name: 'statistics year', url: `/oversee/statistics?from=${daysAgo(364)}&to=${daysAgo(0)}&by=item`, who: 'supervisor' },
    { name: 'public statistics', url: '/statistics', who: 'visitor' },
  ];
}
