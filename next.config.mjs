import createNextIntlPlugin from 'next-intl/plugin';
import { CHECK_IN_HEADERS, FIXED_SECURITY_HEADERS } from './lib/platform/security-headers.mjs';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules stay outside the server bundle and load from node_modules.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'pdfkit'],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 for refused requests.
  // Server actions take up to 25 MB, through the proxy too (which buffers 10 MB by default):
  // a .docx draft may be 20 MB (lib/domain/limits.ts), and one just over that must reach the
  // action whole to be refused at its field.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '25mb' }, proxyClientMaxBodySize: '25mb' },
  // The headers that never change, on every response including static files; proxy.ts
  // adds the per-request Content Security Policy and, under https, HSTS.
  async headers() {
    // The later entry's Permissions-Policy replaces the first's on the check-in desk.
    return [
      { source: '/:path*', headers: FIXED_SECURITY_HEADERS },
      { source: '/meetings/:slug/check-in', headers: CHECK_IN_HEADERS },
    ];
  },
};

export default withNextIntl(nextConfig);
