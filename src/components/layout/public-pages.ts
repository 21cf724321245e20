/** The pages anyone may open without signing in, in the order the header and footer list them. */
export const publicPages = [
  { href: '/services', key: 'catalog' },
  { href: '/track', key: 'track' },
  { href: '/statistics', key: 'publicStatistics' },
  { href: '/disclosure', key: 'disclosure' },
  { href: '/verify', key: 'verify' },
  { href: '/open-data', key: 'openData' },
];
