import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// A new item, an item's history and a version share this one list (the item form
// and the item operations translate with it); merge and split, which show only the
// succession forms, have their own shorter one. The item list, outside this group,
// has no client component and hands the browser no messages.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={['admin', 'catalogAdmin', 'errorSummary', 'handlingClass', 'itemFields', 'itemType', 'level', 'materialForm', 'onlineDepth', 'succession']}
    >
      {children}
    </ClientMessages>
  );
}
