/**
 * Malformed requests that Next.js itself answers with a 500 before any of the app's code
 * runs, turned away in proxy.ts with a 4xx and a short JSON message instead. Next offers
 * no hook between its request decoding and its answer (instrumentation's onRequestError
 * sees the error but cannot change the status), so the proxy is the narrowest place that
 * can. Each refusal names the Next behaviour it stands in for. Measured on 2026-12-06 with
 * Next 16.4.6 and this guard switched off, every case below but the size answered 500.
 * When an upstream fix lands, remove its refusal and run e2e/bad-input.spec.ts, whose
 * sweep fails on any 500:
 * - a broken %-escape in the address (`/meetings/%FF`): with a proxy, Next's DecodeError
 *   becomes a 500 (vercel/next.js #36993);
 * - a body over 1 MB, outside the two upload forms: our own limit, since next.config.mjs
 *   lets every action take 25 MB for those two; over 25 MB Next throws its own 413 inside
 *   the action and answers a fetch action with a 500, by design, for the client's error
 *   boundary;
 * - a server action call React cannot decode (not a form, broken multipart, a root that
 *   is not JSON, arguments nested deeper than the decoder recurses, a reference to a part
 *   that is not there): decodeReply's error reaches the action handler's catch-all 500
 *   (vercel/next.js #86945; fixes proposed in #90109, #92051, #98105, none released). A
 *   root that is JSON but not a list React decodes; it is refused here because no action
 *   here is called so;
 * - a foreign or malformed Origin on an action call, or on any form post to a page (Next
 *   takes a multipart POST for an action sent without JavaScript): its CSRF check throws
 *   and answers 500 (vercel/next.js #92703).
 * Everything else (wrong types, missing fields, unknown ids) reaches the actions and route
 * handlers, which refuse it themselves.
 */

/**
 * The largest body a request may carry: 1 MB, Next's default for server actions. No form
 * here sends more (a roster CSV is at most 256 KB) but two that upload files: "New
 * document", whose .docx draft may be 20 MB, and a roster member's page, whose badge photo
 * may be 5 MB. Their addresses take the 25 MB next.config.mjs lets server actions take, so
 * that a file over its limit reaches the action, which refuses it at its field.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const UPLOAD_BODY_LIMIT_BYTES = 25 * 1024 * 1024;
const UPLOAD_PATHS = [/^\/meetings\/[^/]+\/documents\/new$/, /^\/meetings\/[^/]+\/delegations\/[a-z]{2}\/members\/\d+$/];
const bodyLimit = (request: Request) => {
  const path = new URL(request.url).pathname;
  return UPLOAD_PATHS.some((upload) => upload.test(path)) ? UPLOAD_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES;
};

type Refusal = { status: number; error: string; message: string };

const refusal = (status: number, error: string, message: string): Refusal => ({ status, error, message });
const TOO_LARGE = refusal(413, 'body_too_large', 'The request body is too large.');
const FOREIGN_ORIGIN = refusal(403, 'foreign_origin', 'Forms and server actions are only sent from this site.');

/**
 * How deep an action's arguments may nest. A form's state is two or three levels deep;
 * React's decoder recurses once a level and overflows the stack (a 500) near a few thousand.
 */
const ARGUMENT_DEPTH_LIMIT = 32;

/**
 * The references an action's arguments may hold here: the form (`$K1`), an escaped `$`,
 * and the plain values React spells with a `$` (undefined, dates, -0, NaN, infinities,
 * big integers). Anything else refers to another part of the body (a Map, a Set, a
 * promise, a stream, a server reference), which no action here takes and which React
 * answers with a 500 when the part is missing.
 */
const ALLOWED_REFERENCE = /^\$(?:\$|K\d+$|undefined$|D|-0$|NaN$|-?Infinity$|n-?\d+$)/;

/** Whether `value` stays within the depth limit and refers to nothing but the allowed. */
function decodableArguments(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return !value.startsWith('$') || ALLOWED_REFERENCE.test(value);
  if (value === null || typeof value !== 'object') return true;
  if (depth >= ARGUMENT_DEPTH_LIMIT) return false;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return children.every((child) => decodableArguments(child, depth + 1));
}

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
  if (declared !== null && Number(declared) > bodyLimit(request)) return TOO_LARGE;
  if (request.headers.has('next-action')) return malformedActionCall(request);
  // next-auth's endpoints check their own CSRF token; nothing else here takes a post from
  // another site.
  if (!new URL(request.url).pathname.startsWith('/api/auth/') && foreignOrigin(request.headers)) return FOREIGN_ORIGIN;
  return null;
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
  if (foreignOrigin(request.headers)) return FOREIGN_ORIGIN;
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(contentType)) {
    return refusal(415, 'not_a_form', 'A server action takes a form (multipart/form-data).');
  }
  // A body without a declared length is counted here (proxy.ts sees at most 10 MB of it).
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > bodyLimit(request)) return TOO_LARGE;
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return refusal(400, 'malformed_form', 'The form data could not be read.');
  }
  const root = form.get('0');
  try {
    const parsed: unknown = typeof root === 'string' ? JSON.parse(root) : null;
    if (Array.isArray(parsed) && decodableArguments(parsed)) return null;
  } catch {
    // not JSON: refused below
  }
  return refusal(400, 'malformed_action_call', 'The server action call is not valid.');
}
