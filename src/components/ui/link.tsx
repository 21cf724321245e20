'use client';
// eslint-disable-next-line no-restricted-imports -- the portal's one use of next/link
import NextLink, { useLinkStatus } from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link, fetched when followed, never ahead. Next prefetches every link
 * that scrolls into view, and without a loading.js a prefetch renders the
 * whole page: opening /me rendered 31 of the pages it links to (each row's case
 * included) for one person who opens one of them, seven times the page's
 * own cost. Prefetched pages were also kept for 5 minutes, so a case could
 * show a state older than the database's. Every link of the portal goes
 * through here (ESLint enforces it).
 *
 * A client component, so neither `prefetch` nor the bar below is written
 * into the page's payload once per link.
 */
export default function Link({ prefetch = false, children, ...props }: ComponentProps<typeof NextLink>) {
  return (
    <NextLink prefetch={prefetch} {...props}>
      {children}
      <Pending />
    </NextLink>
  );
}

/** While a followed link waits for its page, a bar across the top of the window: the click was heard. */
function Pending() {
  const { pending } = useLinkStatus();
  return pending ? <span aria-hidden className="link-pending" data-testid="link-pending" /> : null;
}
