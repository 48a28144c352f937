import { withAuth } from 'next-auth/middleware';

// A convenience, not the gate: it sends signed-out visitors of meeting pages to sign-in
// (and back afterwards). Access itself is decided in db/queries and db/mutations.
export default withAuth({ pages: { signIn: '/login' } });

export const config = { matcher: ['/', '/meetings/:path*', '/account'] };
