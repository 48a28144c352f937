import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules stay outside the server bundle and load from node_modules.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'pdfkit'],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 for refused requests.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
