import type { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';

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

export { handler as GET, post as POST };
