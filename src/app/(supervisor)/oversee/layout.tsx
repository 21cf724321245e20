import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

// The board's own client parts translate nothing; the folders with forms list their namespaces
// in their own layouts (thresholds, complaints/[id], rectifications/[id], applications/[id] …).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={[]}>{children}</ClientMessages>;
}
