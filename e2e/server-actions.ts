import type { APIRequestContext, Page, Request } from '@playwright/test';
import { DEMO_PASSWORD } from './pages/login-page';

/**
 * A server action call as the browser made it, to be sent again outside the interface:
 * server actions are public endpoints, and tests prove they refuse what the table forbids.
 */
export type CapturedAction = { url: string; actionId: string; contentType: string; body: string };

/** Runs `trigger` (a click that submits a form) and returns the action request it made. */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  const [request] = await Promise.all([
    page.waitForRequest((r: Request) => r.method() === 'POST' && Boolean(r.headers()['next-action'])),
    trigger(),
  ]);
  const headers = request.headers();
  return {
    url: request.url(),
    actionId: headers['next-action'],
    contentType: headers['content-type'],
    body: request.postDataBuffer()?.toString('utf8') ?? '',
  };
}

/** The same call with one form field's value replaced (React prefixes field names, e.g. "_1_text"). */
export function withField(action: CapturedAction, name: string, value: string): CapturedAction {
  const field = new RegExp(`(name="_?\\d+_${name}"\\r\\n\\r\\n)[\\s\\S]*?(\\r\\n--)`);
  if (!field.test(action.body)) throw new Error(`the captured form has no field ${name}`);
  return { ...action, body: action.body.replace(field, (_m, head: string, tail: string) => `${head}${value}${tail}`) };
}

/** Sends the action as `request`'s signed-in user; returns the status and the raw answer. */
export async function callAction(request: APIRequestContext, action: CapturedAction) {
  const response = await request.post(action.url, {
    headers: { 'next-action': action.actionId, 'content-type': action.contentType, accept: 'text/x-component' },
    data: Buffer.from(action.body, 'utf8'),
  });
  return { status: response.status(), text: await response.text() };
}

/** Signs `request` in as a demo account (or another, with its password) through next-auth's own endpoints. */
export async function signInRequest(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true' },
  });
  if (!response.ok()) throw new Error(`sign-in as ${email} failed: ${response.status()}`);
}
