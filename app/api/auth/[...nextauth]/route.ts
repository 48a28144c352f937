import type { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: RouteContext) {
  return NextAuth(request, context, authOptions());
}

/**
 * next-auth's own forms and client post URL-encoded fields. It would also parse a JSON
 * body, and answer a malformed one with a 500: only the form encoding is let through.
 */
function post(request: NextRequest, context: RouteContext) {
  if (!request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')) {
    return Response.json(
      { error: 'not_a_form', message: 'Send the fields as application/x-www-form-urlencoded.' },
      { status: 415 },
    );
  }
  return handler(request, context);
}

/**
 * The only provider signs in by a posted form, so a callback is never fetched: next-auth
 * would answer a GET of it with a 500 ("callback for provider type credentials not supported").
 */
async function get(request: NextRequest, context: RouteContext) {
  const [action] = (await context.params).nextauth;
  if (action === 'callback') {
    return Response.json({ error: 'method_not_allowed', message: 'Sign in by posting the sign-in form.' }, { status: 405, headers: { Allow: 'POST' } });
  }
  return handler(request, context);
}

export { get as GET, post as POST };
