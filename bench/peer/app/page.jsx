import { cookies } from 'next/headers';

/** Reads a cookie, so that it is drawn for each request as our pages are, and draws a heading. */
export default async function Page() {
  const signedIn = (await cookies()).has('next-auth.session-token');
  return <h1>{signedIn ? 'Signed in' : 'Signed out'}</h1>;
}
