// The response headers that protect every page and route. Plain JavaScript, because
// next.config.mjs (the headers that never change, static files included) and proxy.ts
// (the Content Security Policy, whose nonce changes with every request) share them.

/**
 * The browser features no page uses; the check-in desk alone may use the camera (below).
 * @param {string} camera
 */
function permissions(camera) {
  return `camera=${camera}, microphone=(), geolocation=(), payment=()`;
}

/** The check-in desk reads badges' QR codes with the device's camera, from this origin only. */
export const CHECK_IN_HEADERS = [{ key: 'Permissions-Policy', value: permissions('(self)') }];

/**
 * Sent with every response, static files included. `X-Frame-Options` repeats the CSP's
 * `frame-ancestors 'none'` for browsers that predate it.
 * @type {{ key: string; value: string }[]}
 */
export const FIXED_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Stricter than strict-origin-when-cross-origin: statement texts may link out, and the
  // addresses they would leak name meetings and records.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: permissions('()') },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * Whether the site is served over https, as its configured address (`NEXTAUTH_URL`) says.
 * @param {string | undefined} siteUrl
 * @returns {boolean}
 */
export function servedOverHttps(siteUrl) {
  return typeof siteUrl === 'string' && siteUrl.startsWith('https://');
}

/**
 * A fresh, unguessable nonce for one response's scripts and styles.
 * @returns {string}
 */
export function newNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
}

/**
 * The Content Security Policy of one response. Scripts run only with the request's nonce
 * (Next.js puts it on its own scripts after reading this header from the request) and
 * what they load; never `eval`, except under `next dev`, whose error overlay needs it.
 * @param {string} nonce
 * @param {{ https: boolean; development?: boolean }} site
 * @returns {string}
 */
export function contentSecurityPolicy(nonce, { https, development = false }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // Development injects styles without a nonce for hot reloading.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * The HSTS header's value under https (two years, subdomains too); null over plain http,
 * where a browser would ignore it and a later move to https must stay possible.
 * @param {boolean} https
 * @returns {string | null}
 */
export function strictTransportSecurity(https) {
  return https ? 'max-age=63072000; includeSubDomains' : null;
}
