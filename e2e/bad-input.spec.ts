import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { PARAGRAPH_TEXT_LIMIT } from '../lib/domain/limits';
import { readDatabase } from './database';
import { expect, expectAccessible, MEETING, test } from './fixtures';
import { signInRequest } from './server-actions';

/**
 * Malformed requests to every route handler and every server action: wrong types, missing
 * fields, unknown ids, huge bodies, invalid UTF-8, broken multipart and JSON, other content
 * types, unknown action ids. Every answer is a refusal and none a 500 or a stack trace; the
 * server keeps serving, and nothing sent is written.
 *
 * What counts as refused: a 4xx; for a server action called as the browser calls it, also
 * a 200 whose state is `ok: false` (field errors, "forbidden", a rule's code) with no
 * redirect, since an action answers its form with a state by design; for a plain form post
 * (no script), a 200 page. That nothing was written is checked in the database.
 */

const SLUG = MEETING.split('/').pop()!;
const ROOT = process.cwd();
/** In every text the sweep sends, so that a write that should not happen is found. */
const MARKER = `bad-input-${Date.now().toString(36)}`;
const UNKNOWN_ID = '999999999';
const INVALID_UTF8 = Buffer.from([0xc3, 0x28, 0xff, 0xfe]);
const MB = 1024 * 1024;

// ---- What the sweep covers; the first test fails when a file or an action is missing here.

/** Every route handler, each with its malformed requests. */
const ROUTES: Record<string, (string | { method: string; path: string; body?: Buffer | string; type?: string })[]> = {
  'app/api/health/route.ts': ['/api/health/%FF', { method: 'POST', path: '/api/health', body: INVALID_UTF8 }],
  'app/flags/[file]/route.ts': ['/flags/zz.svg', '/flags/%FF.svg', '/flags/..%2F..%2Fpackage.json', '/flags/ca.png', `/flags/${'a'.repeat(3000)}.svg`],
  'app/api/auth/[...nextauth]/route.ts': ['/api/auth/nope', '/api/auth/%FF', '/api/auth/callback/nope', '/api/auth/signin/nope', '/api/auth/callback/credentials'],
  'app/meetings/[slug]/events/route.ts': [
    `${MEETING}/events?document=abc`,
    `${MEETING}/events?document=-1`,
    `${MEETING}/events?document=1.5`,
    `${MEETING}/events?document=${UNKNOWN_ID}`,
    `${MEETING}/events?document=99999999999999999999`,
    `${MEETING}/events?document=%C3%28`,
    `${MEETING}/events?document=1e0`,
    `${MEETING}/events?document=0x1`,
    '/meetings/no-such-meeting/events',
    '/meetings/%FF/events',
  ],
  'app/meetings/[slug]/documents/[id]/pdf/route.ts': [
    `${MEETING}/documents/abc/pdf`,
    `${MEETING}/documents/0/pdf`,
    `${MEETING}/documents/${UNKNOWN_ID}/pdf`,
    `${MEETING}/documents/99999999999999999999/pdf`,
    `${MEETING}/documents/%C3%28/pdf`,
    `${MEETING}/documents/1/pdf?version=%FF`,
    `${MEETING}/documents/1/pdf?version=`,
    `${MEETING}/documents/1e0/pdf`,
    `${MEETING}/documents/0x1/pdf`,
    `${MEETING}/documents/01/pdf`,
    '/meetings/no-such-meeting/documents/1/pdf',
  ],
  'app/meetings/[slug]/documents/[id]/docx/route.ts': [
    `${MEETING}/documents/abc/docx`,
    `${MEETING}/documents/${UNKNOWN_ID}/docx`,
    `${MEETING}/documents/%FF/docx`,
    `${MEETING}/documents/1/docx?version=[]`,
    `${MEETING}/documents/1e0/docx`,
    '/meetings/no-such-meeting/documents/1/docx',
  ],
  'app/meetings/[slug]/audit/csv/route.ts': [
    `${MEETING}/audit/csv?from=abc&to=%FF`,
    `${MEETING}/audit/csv?from=2018-02-30`,
    `${MEETING}/audit/csv?from=2018-01-17&to=2018-01-15`,
    `${MEETING}/audit/csv?type=1&type=2`,
    `${MEETING}/audit/csv?actor=${'a'.repeat(3000)}`,
    '/meetings/no-such-meeting/audit/csv',
    '/meetings/%FF/audit/csv',
  ],
  'app/meetings/[slug]/agenda/ics/route.ts': ['/meetings/no-such-meeting/agenda/ics', '/meetings/%C3%28/agenda/ics'],
  'app/meetings/[slug]/agenda/pdf/route.ts': ['/meetings/no-such-meeting/agenda/pdf', `/meetings/${'x'.repeat(3000)}/agenda/pdf`],
  'app/meetings/[slug]/delegations/csv/route.ts': ['/meetings/no-such-meeting/delegations/csv', '/meetings/%FF/delegations/csv'],
  'app/meetings/[slug]/delegations/pdf/route.ts': ['/meetings/no-such-meeting/delegations/pdf', '/meetings/..%2F/delegations/pdf'],
  'app/meetings/[slug]/delegations/[code]/badges/pdf/route.ts': [`${MEETING}/delegations/zz/badges/pdf`, `${MEETING}/delegations/%FF/badges/pdf`, '/meetings/no-such-meeting/delegations/jp/badges/pdf'],
  'app/meetings/[slug]/delegations/[code]/schedule/pdf/route.ts': [`${MEETING}/delegations/zz/schedule/pdf`, `${MEETING}/delegations/%FF/schedule/pdf`, '/meetings/no-such-meeting/delegations/jp/schedule/pdf'],
  'app/meetings/[slug]/delegations/[code]/schedule/ics/route.ts': [`${MEETING}/delegations/zz/schedule/ics`, `${MEETING}/delegations/${'x'.repeat(3000)}/schedule/ics`, '/meetings/%FF/delegations/jp/schedule/ics'],
  'app/meetings/[slug]/members/[id]/photo/route.ts': [
    `${MEETING}/members/abc/photo`,
    `${MEETING}/members/${UNKNOWN_ID}/photo`,
    `${MEETING}/members/1e0/photo`,
    `${MEETING}/members/%FF/photo`,
    '/meetings/no-such-meeting/members/1/photo',
  ],
};

/** The exports and streams that only answer GET: anything posted to them is refused too. */
const GET_ONLY = [`${MEETING}/agenda/ics`, `${MEETING}/agenda/pdf`, `${MEETING}/delegations/csv`, `${MEETING}/delegations/pdf`, `${MEETING}/audit/csv`, `${MEETING}/documents/1/pdf`, `${MEETING}/documents/1/docx`, `${MEETING}/events`, '/flags/ca.svg', `${MEETING}/delegations/jp/badges/pdf`, `${MEETING}/members/1/photo`, `${MEETING}/delegations/jp/schedule/pdf`, `${MEETING}/delegations/jp/schedule/ics`];

/** Every server action, by file; a new one must be added here (and so to the sweep). */
const ACTIONS: Record<string, string[]> = {
  'app/actions.ts': ['chooseLanguage'],
  'app/account/actions.ts': ['changeOwnPassword', 'endAllSessions', 'chooseMailPreferences'],
  'app/forgot-password/actions.ts': ['askForPasswordReset'],
  'app/invitations/[token]/actions.ts': ['setPasswordFromInvitation'],
  'app/meetings/[slug]/accounts/actions.ts': ['createAccountForMeeting', 'issueInvitationLink', 'changeAccountAccess'],
  'app/meetings/[slug]/copy/actions.ts': ['copyThisMeeting'],
  'app/setup/actions.ts': ['createFirstSecretariat'],
  'app/meetings/new/actions.ts': ['createNewMeeting'],
  'app/meetings/[slug]/settings/actions.ts': ['saveMeetingDetails', 'changeMeetingStatus', 'addMeetingSecretariatMember', 'removeMeetingSecretariatMember'],
  'app/meetings/[slug]/documents/new/actions.ts': ['previewNewDocument', 'createNewDocument'],
  'app/meetings/[slug]/agenda/actions.ts': [
    'createAgendaItem', 'updateAgendaItem', 'deleteAgendaItem', 'publishAgendaItem', 'publishAgendaDay', 'moveAgendaItem',
    'requestFloor', 'withdrawFloorRequest', 'acceptSpeaker', 'removeSpeaker', 'moveSpeaker', 'setSpeakingTimes',
  ],
  'app/meetings/[slug]/delegations/actions.ts': ['addDelegationToMeeting', 'choosePrecedenceRule', 'moveDelegationInOrder'],
  'app/meetings/[slug]/delegations/[code]/actions.ts': ['saveDelegationSettings', 'addMember', 'saveMember', 'removeMember', 'previewRosterImport', 'importRoster', 'uploadMemberPhoto'],
  'app/meetings/[slug]/accreditation/actions.ts': ['advanceMembersAccreditation', 'saveCategoryQuotas', 'saveAccessZones'],
  'app/meetings/[slug]/check-in/actions.ts': ['checkInCode'],
  'app/meetings/[slug]/bilaterals/actions.ts': ['requestNewBilateral', 'answerBilateralRequest', 'assignBilateralSlot', 'saveBilateralRooms', 'saveBilateralRules'],
  'app/meetings/[slug]/delegations/seating/actions.ts': ['chooseSeatingLayout', 'swapTwoSeats', 'restorePrecedenceSeating'],
  'app/meetings/[slug]/positions/actions.ts': ['createPositionStatement', 'revisePositionStatement', 'advancePositionStatement'],
  'app/meetings/[slug]/documents/[id]/actions.ts': [
    'editParagraphText', 'addDocumentParagraph', 'moveDocumentParagraph', 'deleteDocumentParagraph', 'setStatusOfParagraph',
    'setHoldersOfBracket', 'proposeParagraphAmendment', 'supportParagraphAmendment', 'withdrawParagraphAmendment',
    'decideParagraphAmendment', 'commentOnDocument', 'recordDelegationStance', 'startSilenceProcedure',
    'breakSilenceProcedure', 'withdrawSilenceProcedure', 'reopenAdoptedDocument', 'issueChairsTextNow', 'saveDocumentDistribution',
    'translateParagraphText',
  ],
};

/**
 * Actions that the well-formed "unknown record" form would really run: they name no record
 * but the meeting (or an unknown language), so it only goes to them with an unknown meeting. Ending all
 * sessions takes no input at all: it gets only the malformed calls that never reach it, as
 * running it would sign the secretariat out of every other test.
 */
const NO_RECORD_TO_LOOK_UP = new Set([
  'chooseLanguage', 'createAgendaItem', 'publishAgendaDay', 'addDelegationToMeeting', 'choosePrecedenceRule',
  'chooseSeatingLayout', 'restorePrecedenceSeating', 'createAccountForMeeting', 'createPositionStatement',
  'previewNewDocument', 'createNewDocument',
  'createNewMeeting', 'createFirstSecretariat', 'saveCategoryQuotas', 'saveAccessZones', 'checkInCode',
]);
const INPUT_FREE = new Set(['endAllSessions']);

// ---- The forms.

/** Every field name the actions read, so that one form reaches each action's every field. */
const ID_FIELDS = [
  'documentId', 'paragraphId', 'amendmentId', 'afterParagraphId', 'positionStatementId', 'itemId', 'targetId',
  'speakerId', 'memberId', 'userId', 'id', 'agendaItemId', 'version', 'expectedVersion', 'confirmedParagraphVersion',
];
/** A well-formed form naming records that do not exist (values valid for every schema). */
function unknownRecordForm(slug: string): [string, string][] {
  return [
    ['slug', slug], ['code', 'zz'], ['delegationCode', 'zz'], ['first', 'zz'], ['second', 'yy'],
    ...ID_FIELDS.map((name): [string, string] => [name, UNKNOWN_ID]),
    ['bracketIndex', '0'], ['minutes-' + UNKNOWN_ID, '3'], ['order', `${UNKNOWN_ID},1`], ['holders', 'zz'],
    ['distribution', 'restricted'], ['recipients', 'zz'],
    ['token', `${MARKER}-token-that-is-long-enough`], ['currentPassword', ''], ['newPassword', MARKER], ['confirmPassword', MARKER],
    ['password', ''], ['locale', 'xx'], ['day', '2018-01-16'], ['deadline', '2018-01-16T10:00'],
    ['startsAt', '2018-01-16T10:00'], ['endsAt', '2018-01-16T11:00'],
    ['kind', 'operative'], ['status', 'agreed'], ['action', 'replace'], ['stance', 'cosponsor'], ['decision', 'reject'],
    ['direction', 'up'], ['placement', 'after'], ['rule', 'english'], ['layout', 'horseshoe'], ['role', 'staff'],
    ['participation', 'confirmed'], ['to', 'circulated'], ['disabled', 'true'], ['function', 'adviser'],
    ...['text', 'rationale', 'reason', 'body', 'title', 'description', 'chair', 'location', 'name', 'fullName', 'protocolName', 'csv']
      .map((name): [string, string] => [name, `${MARKER} ${name}`]),
    ['email', `${MARKER}@example.test`],
  ];
}
const ALL_FIELDS = unknownRecordForm(SLUG).map(([name]) => name);
/** Values of the wrong type for every field. */
const WRONG_VALUES = ['abc', '[1,2]', '{"$gt":0}', '-1', '1.5', '1e400', '', 'null', '\u0000', `${MARKER}\u202e`];

type Part = { name: string; value: string | Buffer; file?: string };
type Call = { label: string; headers: Record<string, string>; body: Buffer | string };
const BOUNDARY = '----bad-input-boundary';

function multipart(parts: Part[]): Buffer {
  const chunks = parts.flatMap(({ name, value, file }) => [
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"\r\nContent-Type: text/csv` : ''}\r\n\r\n`),
    Buffer.isBuffer(value) ? value : Buffer.from(value),
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

/** An action call as React sends it: the form’s fields as `_1_<name>`, the arguments in `0`. */
function actionCall(actionId: string, label: string, fields: Part[], root = '[null,"$K1"]'): Call {
  return {
    label,
    headers: { 'next-action': actionId, 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, accept: 'text/x-component' },
    body: multipart([...fields.map((f) => ({ ...f, name: `_1_${f.name}` })), { name: '0', value: root }]),
  };
}

function rawCall(actionId: string, label: string, contentType: string | null, body: Buffer | string, extra: Record<string, string> = {}): Call {
  const headers: Record<string, string> = { 'next-action': actionId, accept: 'text/x-component', ...extra };
  if (contentType) headers['content-type'] = contentType;
  return { label, headers, body };
}

const fieldsOf = (pairs: [string, string | Buffer][]): Part[] => pairs.map(([name, value]) => ({ name, value }));

/**
 * Calls whose envelope is malformed: refused before any action's code runs (proxy.ts, or
 * the wrapper every action shares), so they are sent to one action of each file.
 */
function malformedCalls(actionId: string): Call[] {
  const form = `multipart/form-data; boundary=${BOUNDARY}`;
  return [
    rawCall(actionId, 'text/plain garbage', 'text/plain;charset=UTF-8', '{{{'),
    rawCall(actionId, 'JSON arguments', 'text/plain;charset=UTF-8', `[null,{"slug":"${SLUG}"}]`),
    rawCall(actionId, 'malformed JSON', 'application/json', '{"slug":'),
    rawCall(actionId, 'no content type', null, 'xx'),
    rawCall(actionId, 'invalid UTF-8 body', 'text/plain;charset=UTF-8', Buffer.concat([Buffer.from('['), INVALID_UTF8, Buffer.from(']')])),
    rawCall(actionId, 'multipart without boundary', 'multipart/form-data', 'hello'),
    rawCall(actionId, 'truncated multipart', form, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null`),
    rawCall(actionId, 'cross-origin call', form, multipart([{ name: '0', value: '[null,"$K1"]' }]), { origin: 'http://elsewhere.test' }),
    actionCall(actionId, 'arguments not JSON', [], '[null,"$K1"'),
    actionCall(actionId, 'arguments not a list', [], '{"a":1}'),
    actionCall(actionId, 'arguments of invalid UTF-8', [], INVALID_UTF8.toString('latin1')),
    actionCall(actionId, 'no form (the state only)', [], '[null]'),
    actionCall(actionId, 'a string in the form’s place', [], '[null,"abc"]'),
    actionCall(actionId, 'an object in the form’s place', [], `[null,{"slug":"${SLUG}"}]`),
    actionCall(actionId, 'arguments nested 5,000 deep', [], `${'['.repeat(5000)}${']'.repeat(5000)}`),
    actionCall(actionId, 'a reference to a Map that is not there', [], '["$Q1","$K1"]'),
    // Just under the 1 MB limit: read, and refused by the action itself.
    actionCall(actionId, 'one field of 1,000,000 characters', fieldsOf([
      ...unknownRecordForm('no-such-meeting').filter(([field]) => field !== 'text'),
      ['text', 'x'.repeat(1_000_000)],
    ])),
  ];
}

/** Well-formed calls with bad forms, for every action: each field of each schema gets them. */
function badFormCalls(name: string, actionId: string): Call[] {
  if (INPUT_FREE.has(name)) return [];
  // Each call gives every field a different wrong value; over the calls each field gets several.
  const rotations = [0, 3, 6].map((shift) =>
    actionCall(actionId, `wrong types (rotation ${shift})`, ALL_FIELDS.map((field, i) => ({ name: field, value: WRONG_VALUES[(i + shift) % WRONG_VALUES.length] }))),
  );
  const calls = [
    actionCall(actionId, 'missing fields', []),
    ...rotations,
    actionCall(actionId, 'every field twice', ALL_FIELDS.flatMap((field) => [{ name: field, value: '1' }, { name: field, value: 'abc' }])),
    actionCall(actionId, 'files for fields', ALL_FIELDS.map((field) => ({ name: field, value: `${MARKER},1`, file: `${field}.csv` }))),
    actionCall(actionId, 'invalid UTF-8 in every field', ALL_FIELDS.map((field) => ({ name: field, value: INVALID_UTF8 }))),
    // Longer than any field's limit (a paragraph's is 4,000 characters).
    actionCall(actionId, 'every field too long', fieldsOf(unknownRecordForm('no-such-meeting').map(([field]) => [field, 'x'.repeat(PARAGRAPH_TEXT_LIMIT + 1)]))),
    actionCall(actionId, 'unknown meeting', fieldsOf(unknownRecordForm('no-such-meeting'))),
  ];
  if (!NO_RECORD_TO_LOOK_UP.has(name)) calls.push(actionCall(actionId, 'unknown records', fieldsOf(unknownRecordForm(SLUG))));
  return calls;
}

// ---- Checks.

/** A stack frame, a source path or a module path: what an answer must never show. */
function expectNoTrace(text: string, what: string) {
  expect(text, what).not.toMatch(/^\s*at\s.+:\d+:\d+\)?\s*$/m);
  expect(text, what).not.toMatch(/node_modules|\.next\/server|webpack-internal|\/app\/[\w/[\].-]+\.tsx?\b/);
  expect(text, what).not.toMatch(/\b(?:Type|Syntax|Range|Reference|URI)?Error: .*\n\s+at\s/);
}

async function expectRefused(response: APIResponse, what: string, { actionState = false } = {}) {
  const status = response.status();
  const text = await response.text();
  expect(status, `${what}: ${text.slice(0, 200).replace(/\s+/g, ' ')}`).toBeLessThan(500);
  expectNoTrace(text, what);
  if (status >= 400) return;
  // Signed out: sent to sign-in. next-auth answers what it does not know with its error page.
  if ((status === 302 || status === 307) && /^\/login|\/login\?|error=/.test(response.headers().location ?? '')) return;
  expect(actionState, `${what} answered ${status}`).toBe(true);
  expect(status, what).toBe(200);
  expect(response.headers()['x-action-redirect'], `${what} redirected: the action ran`).toBeUndefined();
  // The state is one line of the answer's Flight stream; a re-rendered page may precede it.
  expect(text.includes('"ok":false') && !text.includes('"ok":true'), `${what} is not a refusal`).toBe(true);
}

/** How many rows of any table hold `text` in any column. */
function rowsHolding(text: string): Record<string, number> {
  return readDatabase((db) => {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").pluck().all() as string[];
    const found: Record<string, number> = {};
    for (const table of tables) {
      const columns = (db.prepare(`pragma table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
      const where = columns.map((c) => `cast("${c}" as text) like ?`).join(' or ');
      const n = db.prepare(`select count(*) from "${table}" where ${where}`).pluck().get(...columns.map(() => `%${text}%`)) as number;
      if (n > 0) found[table] = n;
    }
    return found;
  });
}

/** Successful writes (audit entries `done`) to the unknown records the sweep named. */
const writesToUnknownRecords = () =>
  readDatabase((db) => db.prepare("select count(*) from audit_entries where outcome = 'done' and record_id like ?").pluck().get(`%${UNKNOWN_ID}%`) as number);

/** The server's own list of actions, written by `next build`: id, file and exported name. */
function builtActions() {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, file: entry.filename, name: entry.exportedName, pages: Object.keys(entry.workers) }));
}

/** A page that carries the action, its address filled with demo values. */
function pageAddress(pages: string[]): string {
  const page = pages
    .filter((p) => p.endsWith('/page') && !p.includes('_not-found'))
    .sort((a, b) => a.split('[').length - b.split('[').length)[0];
  return (
    page
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace('[slug]', SLUG)
      .replace('[code]', 'jp')
      .replace('[id]', '1')
      .replace('[token]', 'x'.repeat(40)) || '/'
  );
}

function sourceFiles(name: string, dir = 'app'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(name, relative);
    return entry.name === name ? [relative] : [];
  });
}

async function signedIn(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL: string | undefined) {
  const request = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
  await signInRequest(request, 'secretariat@vancouver.test');
  return request;
}

// Thousands of calls, some of a megabyte: a trace of them would be both slow and useless.
test.use({ trace: 'off' });

test.describe('bad input', () => {
  test('the sweep lists every route handler and every server action', () => {
    expect(sourceFiles('route.ts').sort()).toEqual(Object.keys(ROUTES).sort());
    expect(sourceFiles('actions.ts').sort()).toEqual(Object.keys(ACTIONS).sort());
    for (const file of Object.keys(ACTIONS)) {
      const exported = [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^export (?:const|async function) (\w+)/gm)].map((m) => m[1]);
      expect(exported.sort(), file).toEqual([...ACTIONS[file]].sort());
    }
    const built = builtActions().map((a) => `${a.file}#${a.name}`);
    expect(built.sort()).toEqual(Object.entries(ACTIONS).flatMap(([file, names]) => names.map((n) => `${file}#${n}`)).sort());
  });

  test('route handlers refuse malformed requests with a 4xx, never a 500 or a trace', async ({ playwright, baseURL }) => {
    const request = await signedIn(playwright, baseURL);
    const signedOut = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
    for (const [file, requests] of Object.entries(ROUTES)) {
      for (const entry of requests) {
        const { method, path: address, body, type } = typeof entry === 'string' ? { method: 'GET', path: entry, body: undefined, type: undefined } : entry;
        const response = await request.fetch(address, { method, data: body, headers: type ? { 'content-type': type } : {} });
        await expectRefused(response, `${file}: ${method} ${address.slice(0, 100)}`);
      }
    }
    for (const address of GET_ONLY) {
      await expectRefused(await request.post(address, { data: INVALID_UTF8 }), `POST ${address}`);
      // Flags are public; everything of a meeting needs a session.
      if (address.startsWith(MEETING)) await expectRefused(await signedOut.get(address), `signed out: GET ${address}`);
    }

    // Signed in, the sign-in page sends the visitor on at once: a return address with a line
    // break must not become a broken Location header.
    for (const callbackUrl of ['%2F%0A%2Fx', '%2F%0D%0ASet-Cookie:%20x=1', '%2F%09%2Fevil.example']) {
      const response = await request.get(`/login?callbackUrl=${callbackUrl}`);
      expect(response.status(), callbackUrl).toBe(307);
      expect(response.headers().location, callbackUrl).toBe('/');
    }
    // A form posted to a page from another site, with no session: Next would take it for a
    // server action sent without JavaScript.
    for (const address of ['/login', '/invitations/x']) {
      const response = await signedOut.post(address, {
        headers: { origin: 'http://elsewhere.test', 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        data: multipart([{ name: 'email', value: 'x' }]),
      });
      expect(response.status(), `cross-origin form post to ${address}`).toBe(403);
    }

    // next-auth's endpoints: only its own URL-encoded forms, and a refusal for bad credentials.
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const credentials = '/api/auth/callback/credentials';
    const authBodies: [string, string, string | Buffer][] = [
      ['malformed JSON', 'application/json', '{"email":'],
      ['JSON of the wrong types', 'application/json', JSON.stringify({ csrfToken, email: ['a'], password: { x: 1 }, json: 'true' })],
      ['multipart', `multipart/form-data; boundary=${BOUNDARY}`, multipart([{ name: 'email', value: 'x' }])],
      ['text', 'text/plain', 'email=x'],
      ['no csrf token', 'application/x-www-form-urlencoded', 'email=secretariat%40vancouver.test&password=vancouver-2018&json=true'],
      ['fields twice', 'application/x-www-form-urlencoded', `csrfToken=${csrfToken}&email=a&email=b&password=x&password=y&json=true`],
      ['invalid UTF-8 escapes', 'application/x-www-form-urlencoded', `csrfToken=${csrfToken}&email=%C3%28%FF&password=%FF&json=true`],
      ['invalid UTF-8 bytes', 'application/x-www-form-urlencoded', Buffer.concat([Buffer.from(`csrfToken=${csrfToken}&json=true&email=`), INVALID_UTF8, Buffer.from('&password='), INVALID_UTF8])],
      ['unknown account', 'application/x-www-form-urlencoded', `csrfToken=${csrfToken}&email=nobody%40vancouver.test&password=x&json=true`],
      ['a 2 MB password', 'application/x-www-form-urlencoded', `csrfToken=${csrfToken}&email=x&password=${'a'.repeat(2 * MB)}&json=true`],
    ];
    // Its failed sign-ins come from an address of their own: from 127.0.0.1 they would count
    // towards the per-client sign-in limit the rest of the suite signs in under.
    const outsider = await playwright.request.newContext({ baseURL, maxRedirects: 0, extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.60' } });
    for (const [label, type, data] of authBodies) {
      for (const address of [credentials, '/api/auth/signout', '/api/auth/signin/credentials', '/api/auth/nope']) {
        const response = await outsider.post(address, { data, headers: { 'content-type': type } });
        expect(response.status(), `${label} to ${address}`).toBeLessThan(500);
        expectNoTrace(await response.text(), `${label} to ${address}`);
      }
      // The credentials callback never signs anyone in on bad input.
      const answer = await outsider.post(credentials, { data, headers: { 'content-type': type } });
      // A missing csrf token sends the caller back to sign in (`csrf=true`), bad credentials to an error.
      expect(answer.status() >= 400 || /error=|csrf=true/.test((await answer.text()) + (answer.headers().location ?? '')), label).toBe(true);
      expect(((await (await outsider.get('/api/auth/session')).json()) as { user?: unknown }).user, label).toBeUndefined();
    }
    await Promise.all([request.dispose(), signedOut.dispose(), outsider.dispose()]);
  });

  test('a record has one address: ids written otherwise than in plain decimals are not found', async ({ playwright, baseURL }) => {
    const request = await signedIn(playwright, baseURL);
    expect((await request.get(`${MEETING}/documents/1`)).status()).toBe(200);
    for (const id of ['1e0', '0x1', '01', '1.0', '+1', '%201']) {
      expect((await request.get(`${MEETING}/documents/${id}`)).status(), id).toBe(404);
      expect((await request.get(`${MEETING}/documents/${id}/history`)).status(), `${id} history`).toBe(404);
    }
    await request.dispose();
  });

  test('a comment is refused with an id not in plain decimals, another meeting’s address, or nothing to read', async ({ playwright, baseURL }) => {
    const request = await signedIn(playwright, baseURL);
    const comment = builtActions().find((a) => a.name === 'commentOnDocument')!;
    const paragraphId = String(readDatabase((db) => db.prepare('select id from paragraphs where document_id = 1 and deleted_at is null order by position limit 1').pluck().get()));
    const form = (fields: Record<string, string>) =>
      fieldsOf(Object.entries({ slug: SLUG, documentId: '1', paragraphId, amendmentId: '', body: `${MARKER} comment`, ...fields }));
    const refused = {
      'document id 1e0': form({ documentId: '1e0' }),
      'paragraph id in hexadecimal': form({ paragraphId: `0x${Number(paragraphId).toString(16)}` }),
      'another meeting’s address': form({ slug: 'no-such-meeting' }),
      'only zero-width characters': form({ body: '\u200b\u200c\u200d\u2060' }),
    };
    for (const [label, fields] of Object.entries(refused)) {
      const call = actionCall(comment.id, label, fields);
      await expectRefused(await request.post(`${MEETING}/documents/1`, { headers: call.headers, data: call.body }), label, { actionState: true });
    }
    expect(rowsHolding(MARKER)).toEqual({});
    expect(readDatabase((db) => db.prepare("select count(*) from comments where trim(body, char(8203, 8204, 8205, 8288)) = ''").pluck().get())).toBe(0);
    await request.dispose();
  });

  test('server actions refuse malformed calls, and nothing sent is written', async ({ playwright, baseURL, page }) => {
    test.setTimeout(170_000);
    const request = await signedIn(playwright, baseURL);
    const before = writesToUnknownRecords();
    const actions = builtActions();
    expect(actions.length).toBeGreaterThan(40);
    const firstOfFile = new Set(Object.values(ACTIONS).map(([name]) => name));
    for (const action of actions) {
      const address = pageAddress(action.pages);
      const calls = [...(firstOfFile.has(action.name) ? malformedCalls(action.id) : []), ...badFormCalls(action.name, action.id)];
      // A few at a time: the sweep stays well under a minute on a busy two-core machine.
      for (let i = 0; i < calls.length; i += 4) {
        await Promise.all(
          calls.slice(i, i + 4).map(async (call) => {
            const what = `${action.name} (${address}): ${call.label}`;
            const response = await request.post(address, { headers: call.headers, data: call.body });
            await expectRefused(response, what, { actionState: true });
            // Kept in memory until the context closes otherwise, slowing every later call.
            await response.dispose();
          }),
        );
      }
      // As a plain form post (no script): React's fields, the form's garbage. Once per
      // file: the page is rendered in full each time.
      if (!firstOfFile.has(action.name)) continue;
      const plain = await request.post(address, {
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        data: multipart([{ name: `$ACTION_ID_${action.id}`, value: '' }, ...ALL_FIELDS.map((name) => ({ name, value: 'abc' }))]),
      });
      expect(plain.status(), `${action.name}: plain form post`).toBeLessThan(500);
      expectNoTrace(await plain.text(), `${action.name}: plain form post`);
    }

    // Unknown and malformed action ids, huge bodies.
    const [first] = actions;
    const address = pageAddress(first.pages);
    const unknown = [
      actionCall('7f' + '0'.repeat(40), 'unknown action id', fieldsOf(unknownRecordForm(SLUG))),
      actionCall('garbage', 'malformed action id', []),
      actionCall(`${first.id}'"<>`, 'action id with quotes', []),
      actionCall(first.id, '5 MB field', [{ name: 'text', value: 'x'.repeat(5 * MB) }]),
      actionCall(first.id, '20 MB field', [{ name: 'text', value: Buffer.alloc(20 * MB, 0x78) }]),
    ];
    for (const call of unknown) {
      await expectRefused(await request.post(address, { headers: call.headers, data: call.body }), call.label);
    }
    const plainGarbage = [
      ['plain form post: broken action reference', multipart([{ name: '$ACTION_REF_1', value: '' }, { name: '$ACTION_1:0', value: '{"id":' }])],
      ['plain form post: unknown action', multipart([{ name: '$ACTION_ID_7f00', value: '' }])],
      ['plain form post: 5 MB', multipart([{ name: `$ACTION_ID_${first.id}`, value: '' }, { name: 'text', value: 'x'.repeat(5 * MB) }])],
    ] as const;
    for (const [label, data] of plainGarbage) {
      const response = await request.post(address, { headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, data });
      expect(response.status(), label).toBeGreaterThanOrEqual(400);
      expect(response.status(), label).toBeLessThan(500);
      expectNoTrace(await response.text(), label);
    }

    // Nothing the sweep sent was written anywhere, and no unknown record was "changed".
    expect(rowsHolding(MARKER)).toEqual({});
    expect(writesToUnknownRecords()).toBe(before);

    // The server keeps serving: its health, a page, a signed-in action-free request.
    expect((await request.get('/api/health')).status()).toBe(200);
    expect((await request.get(MEETING)).status()).toBe(200);
    await request.dispose();
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });
});
