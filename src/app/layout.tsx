import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from '@/i18n/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PortalFrame } from '@/components/layout/portal-frame';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('site');
  return { title: { default: `${t('name')} · ${t('center')}`, template: `%s · ${t('name')}` }, description: t('tagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#17468a' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('site');
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <ClientMessages namespaces={[]}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t('skipToContent')}
          </a>
          <PortalFrame header={<SiteHeader />} footer={<SiteFooter />}>
            {children}
          </PortalFrame>
        </ClientMessages>
      </body>
    </html>
  );
}
