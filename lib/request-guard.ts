/**
 * Malformed requests that Next.js itself answers with a 500 before any of the app's code
 * runs, turned away in proxy.ts with a 4xx and a short JSON message instead:
 * - an address with a broken %-escape (`/meetings/%FF`): Next fails decoding the segment;
 * - a body over the limit: Next throws its own 413 inside the action and answers 500;
 * - a server action call whose body is not the form React sends (another content type,
 *   broken multipart, a root that is not JSON, a foreign Origin): Next fails decoding it.
 * Everything else (wrong types, missing fields, unknown ids) reaches the actions and route
 * handlers, which refuse it themselves.
 */

/**
 * The largest body any request may carry: Next's own limit for server actions (1 MB, the
 * default of `serverActions.bodySizeLimit`). No form here sends more; a roster CSV is at
 * most 256 KB.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;

type Refusal = { status: number; error: string; message: string };

const refusal = (status: number, error: string, message: string): Refusal => ({ status, error, message });
const TOO_LARGE = refusal(413, 'body_too_large', 'The request body is larger than 1 MB.');

/** The answer for a refusal: JSON, no details of the server. */
export function refusalResponse({ status, error, message }: Refusal): Response {
  return Response.json({ error, message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Why `request` cannot be served, or null to let it through. Reads the body of action calls only. */
export async function malformedRequest(request: Request): Promise<Refusal | null> {
  if (!decodable(new URL(request.url).pathname)) {
    return refusal(400, 'bad_address', 'The address contains an invalid %-escape.');
  }
  if (request.method === 'GET' || request.method === 'HEAD') return null;
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > BODY_LIMIT_BYTES) return TOO_LARGE;
  return request.headers.has('next-action') ? malformedActionCall(request) : null;
}

/** Next compares the Origin with the (forwarded) host and answers 500 on a mismatch. */
function foreignOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return origin === 'null' || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Every server action here takes a form, so React sends multipart/form-data whose field
 * `0` is the JSON array of the action's arguments. Anything else is refused before Next
 * tries (and fails) to decode it.
 */
async function malformedActionCall(request: Request): Promise<Refusal | null> {
  if (foreignOrigin(request.headers)) return refusal(403, 'foreign_origin', 'Server actions are only called from this site.');
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(contentType)) {
    return refusal(415, 'not_a_form', 'A server action takes a form (multipart/form-data).');
  }
  // A body without a declared length is counted here (proxy.ts sees at most 10 MB of it).
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > BODY_LIMIT_BYTES) return TOO_LARGE;
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return refusal(400, 'malformed_form', 'The form data could not be read.');
  }
  const root = form.get('0');
  try {
    if (typeof root === 'string' && Array.isArray(JSON.parse(root))) return null;
  } catch {
    // not JSON: refused below
  }
  return refusal(400, 'malformed_action_call', 'The server action call is not valid.');
}
