import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { withAuth, type NextRequestWithAuth } from 'next-auth/middleware';
import { settings } from '@/lib/platform/env.mjs';
import { RESERVED_SLOT_HEADER, reserveRenderSlot } from '@/lib/server/render-slots';
import { malformedRequest, refusalResponse } from '@/lib/server/request-guard';
import { contentSecurityPolicy, newNonce, servedOverHttps, strictTransportSecurity } from '@/lib/platform/security-headers.mjs';

// A convenience, not the gate: it sends signed-out visitors of meeting pages to sign-in
// (and back afterwards). Access itself is decided in db/queries and db/mutations.
const signInFirst = withAuth({ pages: { signIn: '/login' } });
const MEMBERS_ONLY = /^\/(?:$|meetings(?:\/|$)|account(?:\/|$))/;
// SVG files with style attributes of their own, shown as images: they get the fixed
// headers from next.config.mjs, not the page policy. They run no scripts.
const FLAGS = /^\/flags\//;
/** A document page, the heaviest page there is: it waits here for a render slot (lib/server/render-slots.ts). */
const DOCUMENT_PAGE = /^\/meetings\/[^/]+\/documents\/[^/]+$/;

/**
 * A request for a document page's HTML, which waits for its slot here. The client router's
 * requests (prefetches, which may stop short of the page and never claim a slot, and
 * navigations) and server actions wait in the page instead, as does anything this does not
 * match. Next removes its own router headers and the `_rsc` parameter before the proxy sees
 * a request; `Next-Url`, which the router sends with every request it makes, is left.
 */
function rendersDocumentPage(request: NextRequest): boolean {
  return request.method === 'GET' && !request.headers.has('next-url') && DOCUMENT_PAGE.test(request.nextUrl.pathname);
}

/**
 * Every request but static files passes here: meeting pages need a session, and every
 * response gets a Content Security Policy with a nonce of its own. Next.js reads the
 * policy from the request headers and puts the nonce on the scripts it renders.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { NEXTAUTH_URL, NODE_ENV } = settings();
  const https = servedOverHttps(NEXTAUTH_URL);
  const policy = contentSecurityPolicy(newNonce(), { https, development: NODE_ENV === 'development' });
  const secured = (response: Response) => {
    response.headers.set('Content-Security-Policy', policy);
    const hsts = strictTransportSecurity(https);
    if (hsts) response.headers.set('Strict-Transport-Security', hsts);
    return response;
  };

  const refused = await malformedRequest(request);
  if (refused) return secured(refusalResponse(refused));
  if (FLAGS.test(request.nextUrl.pathname)) return NextResponse.next();

  if (MEMBERS_ONLY.test(request.nextUrl.pathname)) {
    // withAuth answers only to send the visitor to sign-in; otherwise it lets the request pass.
    const toSignIn = await signInFirst(request as NextRequestWithAuth, event);
    if (toSignIn) return secured(toSignIn);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  requestHeaders.delete(RESERVED_SLOT_HEADER);
  const slot = rendersDocumentPage(request) ? await reserveRenderSlot(request.signal) : null;
  if (slot) requestHeaders.set(RESERVED_SLOT_HEADER, slot);
  return secured(NextResponse.next({ request: { headers: requestHeaders } }));
}

// Static files get the fixed headers from next.config.mjs. The flags pass here only to
// have malformed addresses refused.
export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
