import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        'admin',
        'catalogAdmin',
        'errorSummary',
        'errors',
        'handlingClass',
        'itemFields',
        'itemType',
        'level',
        'materialForm',
        'onlineDepth',
        'uploads',
        'validation',
      ]}
    >
      {children}
    </ClientMessages>
  );
}
