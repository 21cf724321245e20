import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** What the root layout's client components (the error and not-found pages) translate with: every provider adds them. */
export const ROOT_CLIENT_NAMESPACES = ['errorPage', 'notFound'];

/**
 * Hands the client components below it only the message namespaces they
 * translate with: the whole catalog is ~65 KB of JSON in every page's React
 * payload. The root layout has one, and each page folder whose client
 * components translate has a layout with its own list (a nested provider
 * replaces the outer one's messages). A namespace may be a part of one
 * ('catalogAdmin.orgs'): only that part is sent. tests/unit/client-namespaces.test.ts
 * reads the client components each page reaches and fails when the nearest
 * provider lacks a namespace one of them uses.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const all = (await getMessages()) as Messages;
  const messages: Messages = {};
  for (const ns of [...ROOT_CLIENT_NAMESPACES, ...namespaces]) pick(all, messages, ns.split('.'));
  return <NextIntlClientProvider messages={messages as never}>{children}</NextIntlClientProvider>;
}

type Messages = { [key: string]: string | Messages };

/** Copies the messages under `path` (a namespace's keys) from `from` into `to`, creating the objects on the way. */
function pick(from: Messages, to: Messages, [key, ...rest]: string[]) {
  const value = from[key];
  if (value === undefined) return;
  if (rest.length === 0 || typeof value === 'string') to[key] = value;
  else pick(value, (to[key] ??= {}) as Messages, rest);
}
