import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from '@/i18n/server';

/**
 * A page's `generateMetadata` when its title is one translated message:
 * `export const generateMetadata = titleFrom('notifications');`.
 */
export function titleFrom(namespace: string, key = 'title'): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations(namespace))(key) });
}
