import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { clientNamespaces, type ClientArea } from '@/i18n/client-namespaces';

/**
 * Hands the client components below it the messages of their area only (see
 * src/i18n/client-namespaces.ts). A nested provider replaces the outer one's
 * messages, so the root's are added back.
 */
export async function ClientMessages({ area, children }: { area: ClientArea; children: ReactNode }) {
  const all = await getMessages();
  const messages: Record<string, unknown> = {};
  for (const ns of [...clientNamespaces.root, ...(area === 'root' ? [] : clientNamespaces[area])]) {
    if (ns in all) messages[ns] = all[ns as keyof typeof all];
  }
  return <NextIntlClientProvider messages={messages as never}>{children}</NextIntlClientProvider>;
}
