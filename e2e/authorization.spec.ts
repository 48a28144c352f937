import { readdirSync } from 'node:fs';
import sharp from 'sharp';
import path from 'node:path';
import { request as apiRequest } from '@playwright/test';
import {
  ACTIONS,
  allows,
  demoAccount,
  isPublic,
  OTHER_MEETING_SECRETARIAT,
  refusalFor,
  ROLES,
  ROUTES,
  type Gated,
  type Role,
  type RouteCase,
} from '../test/authorization-table';
import { createSecretariatFromCommandLine, STRONG_PASSWORD } from './command-line';
import { readDatabase } from './database';
import { expect, MEETING, test } from './fixtures';
import { actionForm, serverActions, type FormFile } from './forged-actions';
import { seedDocumentDirectly } from './seed-document';
import { signInRequest } from './server-actions';

// The authorization matrix, end to end: every page and route handler under app/ and every
// server action, tried by each role of test/authorization-table.ts over HTTP (no browser:
// what is checked is what the server answers, and forged calls bypass the interface).
// The delegations are ones other specs leave alone, so their records stay as seeded:
// India owns the roster and a circulated statement, the Netherlands a statement kept
// "delegation only", New Zealand one shared with the secretariat and an amendment;
// Colombia is the other delegation. A restricted document names India alone.
const OTHER = 'co';
const OWNER = 'in';

const one = <T>(sql: string, ...params: unknown[]) => readDatabase((db) => db.prepare(sql).get(...params) as T);
const idOf = (sql: string, ...params: unknown[]) => String(one<{ id: number }>(sql, ...params).id);
const delegationWhere = `delegation_id = (select id from delegations where country_code = ?)`;
const statementOf = (code: string, visibility: string) =>
  one<{ id: number; version: number }>(`select id, version from position_statements where ${delegationWhere} and visibility = ? order by id`, code, visibility);
const documentId = () => idOf('select id from outcome_documents order by id');
const memberOf = (code: string) =>
  one<{ id: number; version: number; email: string }>(`select id, version, email from roster_members where ${delegationWhere} and function = 'adviser' order by id`, code);

const cookies = new Map<string, Promise<string>>();

/** The session cookie of a demo account, signed in once per worker through next-auth. */
function cookieOf(baseURL: string, email: string): Promise<string> {
  if (!cookies.has(email)) {
    cookies.set(
      email,
      (async () => {
        const context = await apiRequest.newContext({ baseURL });
        await signInRequest(context, email, email === OTHER_MEETING_SECRETARIAT ? STRONG_PASSWORD : undefined);
        const { cookies: jar } = await context.storageState();
        await context.dispose();
        return jar.map((c) => `${c.name}=${c.value}`).join('; ');
      })(),
    );
  }
  return cookies.get(email)!;
}

/** A request as `role` (no cookie when signed out); redirects are answers, not followed. */
async function fetchAs(baseURL: string, role: Role, owner: string, url: string, init: RequestInit = {}) {
  const cookie = role === 'signedOut' ? '' : await cookieOf(baseURL, demoAccount(role, owner, OTHER));
  return fetch(new URL(url, baseURL), { ...init, redirect: 'manual', headers: { ...init.headers, cookie } });
}

/** The files under app/ that answer requests: pages and route handlers. */
function entryPoints(dir = 'app'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entryPoints(file);
    return entry.name === 'page.tsx' || entry.name === 'route.ts' ? [file] : [];
  });
}

const OWNERS: Record<NonNullable<RouteCase['record']>, string> = {
  privatePosition: 'nl',
  sharedPosition: 'nz',
  circulatedPosition: OWNER,
  member: OWNER,
  document: OWNER,
  restrictedDocument: OWNER,
};

const RESTRICTED_TITLE = 'Note by the co-chairs to the delegation of India';
const restrictedDocumentId = () => idOf('select id from outcome_documents where title = ?', RESTRICTED_TITLE);

const RECORD_IDS: Record<NonNullable<RouteCase['record']>, () => string> = {
  privatePosition: () => String(statementOf('nl', 'delegation').id),
  sharedPosition: () => String(statementOf('nz', 'secretariat').id),
  circulatedPosition: () => String(statementOf(OWNER, 'circulated').id),
  member: () => String(memberOf(OWNER).id),
  document: documentId,
  restrictedDocument: restrictedDocumentId,
};

/** The address of a page or route handler file, its dynamic segments filled for `routeCase`. */
function addressOf(file: string, routeCase: RouteCase, owner: string) {
  const route = file.replace(/^app/, '').replace(/\/(page\.tsx|route\.ts)$/, '') || '/';
  const address = route
    .replace('[slug]', MEETING.split('/').pop()!)
    .replace('[code]', owner)
    .replace('[id]', routeCase.record ? RECORD_IDS[routeCase.record]() : '');
  // The event stream is asked for one document's changes, which the document's readers may hear.
  return file.endsWith('events/route.ts') ? `${address}?document=${RECORD_IDS[routeCase.record ?? 'document']()}` : address;
}

const OTHER_MEETING = {
  title: 'Ottawa Ministerial on Ocean Governance',
  shortTitle: 'Ottawa Oceans 2019',
  documentCode: 'OOG/2019',
  slug: 'ottawa-oceans-2019',
  kind: 'ministerial',
  venue: 'Lester B. Pearson Building',
  city: 'Ottawa',
  timeZone: 'America/Toronto',
  startsAt: '2019-03-04T09:00',
  endsAt: '2019-03-05T17:00',
  hostStates: 'ca',
  coChairs: 'ca',
  workingLanguages: 'en,fr',
};

// The secretariat of another meeting: an account the operator made, which then created a
// meeting of its own; the demo meeting has never heard of it.
test.beforeAll(async ({ baseURL }) => {
  // The demo has no restricted document: the matrix adds one (India's, after the demo's own).
  if (one<{ n: number }>('select count(*) n from outcome_documents where title = ?', RESTRICTED_TITLE).n === 0) {
    seedDocumentDirectly('vancouver-2018', {
      title: RESTRICTED_TITLE,
      distribution: 'restricted',
      recipients: [OWNER],
      paragraphs: [{ kind: 'operative', text: 'The co-chairs thank the delegation of India for its proposals.' }],
    });
  }
  // India's adviser has a badge photo, uploaded by the secretariat, for the photo route to show.
  if (one<{ n: number }>('select count(*) n from member_photos where member_id = ?', memberOf(OWNER).id).n === 0) {
    const photo = await sharp({ create: { width: 480, height: 600, channels: 3, background: '#8899aa' } }).jpeg().toBuffer();
    const response = await fetchAs(baseURL!, 'secretariat', OWNER, `${MEETING}/delegations/${OWNER}/members/${memberOf(OWNER).id}`, {
      method: 'POST',
      headers: { 'next-action': serverActions().get('app/meetings/[slug]/delegations/[code]/actions.ts#uploadMemberPhoto')!.id, accept: 'text/x-component' },
      body: actionForm({ slug: MEETING.split('/').pop()!, code: OWNER, memberId: String(memberOf(OWNER).id), photo: { name: 'adviser.jpg', type: 'image/jpeg', content: new Uint8Array(photo) } }),
    });
    await response.body?.cancel();
  }
  createSecretariatFromCommandLine(OTHER_MEETING_SECRETARIAT);
  if (one<{ n: number }>('select count(*) n from meetings where slug = ?', OTHER_MEETING.slug).n > 0) return;
  const response = await fetchAs(baseURL!, 'otherSecretariat', OWNER, '/meetings/new', {
    method: 'POST',
    headers: { 'next-action': serverActions().get('app/meetings/new/actions.ts#createNewMeeting')!.id, accept: 'text/x-component' },
    body: actionForm(OTHER_MEETING),
  });
  await response.body?.cancel();
  expect(one<{ n: number }>('select count(*) n from meetings where slug = ?', OTHER_MEETING.slug).n).toBe(1);
});

test('every page and route handler under app/ has a row in the authorization table', () => {
  expect(entryPoints().sort()).toEqual(Object.keys(ROUTES).sort());
});

for (const [file, entry] of Object.entries(ROUTES)) {
  if (isPublic(entry)) continue;
  const isPage = file.endsWith('page.tsx');
  entry.forEach((routeCase, index) => {
    const label = `${file}${routeCase.record ? ` (${routeCase.record})` : ''}${routeCase.shows ? ` (${routeCase.shows})` : ''}`;
    test(`${label}: each role gets what "${routeCase.rule}" allows`, async ({ baseURL }) => {
      const owner = routeCase.record ? OWNERS[routeCase.record] : OWNER;
      const address = addressOf(file, routeCase, owner);
      for (const role of ROLES) {
        const allowed = allows(routeCase.rule, role, routeCase.ownership);
        const response = await fetchAs(baseURL!, role, owner, address);
        const what = `${role} at ${address} (case ${index + 1})`;
        if (role === 'signedOut') {
          // The proxy sends signed-out visitors of meeting pages and exports to sign-in.
          expect(response.status, what).toBe(307);
          expect(response.headers.get('location'), what).toMatch(/\/login\?callbackUrl=/);
        } else if (routeCase.shows === 'ownerContacts' && role !== 'otherSecretariat' && role !== 'door') {
          // (A secretariat of another meeting and the door are strangers here: they get the 404 below.)
          // Everyone reads the roster; its contact details only where the table says so.
          expect(response.status, what).toBe(200);
          expect((await response.text()).includes(memberOf(owner).email), what).toBe(allowed);
        } else if (allowed) {
          // The landing page sends the viewer on to their meeting; never to one of another's.
          if (file === 'app/page.tsx' && role === 'otherSecretariat') expect(response.headers.get('location'), what).not.toBe(MEETING);
          // The demo's secretariat also serves the meetings other tests create: then it lists them.
          else if (file === 'app/page.tsx' && response.status === 200) expect(await response.text(), what).toContain(`href="${MEETING}"`);
          // The door's one page is its meeting's check-in desk.
          else if (file === 'app/page.tsx') expect(response.headers.get('location'), what).toBe(role === 'door' ? `${MEETING}/check-in` : MEETING);
          else expect(response.status, what).toBe(200);
        } else {
          expect(response.status, what).toBe(refusalFor(routeCase.refusal, role));
          if (!isPage) expect(await response.json(), what).toHaveProperty('error');
        }
        if (!response.bodyUsed) await response.body?.cancel();
      }
    });
  });
}

test('a page refused for a record that does not exist is logged once, not once per read of it', async ({ baseURL }) => {
  // Records no other test asks for, so that no refusal of another test is counted here. The
  // page and its <title> both read the record.
  const cases = [
    { address: `${MEETING}/documents/987654`, recordType: 'outcome_document', recordId: '987654' },
    { address: `${MEETING}/delegations/zq`, recordType: 'delegation', recordId: 'zq' },
    { address: `${MEETING}/positions/987654`, recordType: 'position_statement', recordId: '987654' },
  ];
  const denials = (recordType: string, recordId: string) =>
    one<{ n: number }>(`select count(*) n from audit_entries where outcome = 'denied' and record_type = ? and record_id = ?`, recordType, recordId).n;
  for (const { address, recordType, recordId } of cases) {
    const before = denials(recordType, recordId);
    const response = await fetchAs(baseURL!, 'otherStaff', OWNER, address);
    expect(response.status, address).toBe(404);
    await response.body?.cancel();
    expect(denials(recordType, recordId) - before, address).toBe(1);
  }
});

/**
 * The fields a valid call of each server action sends, naming records of the owning
 * delegation (`owner`, India unless the record calls for another), so that only the
 * permission check can refuse it.
 */
const FORGED: Record<string, { owner?: string; fields: () => Record<string, string | FormFile> }> = {
  'app/account/actions.ts#changeOwnPassword': {
    fields: () => ({ currentPassword: 'vancouver-2018', newPassword: 'Quiet harbour lanterns drift 47', confirmPassword: 'Quiet harbour lanterns drift 47' }),
  },
  'app/account/actions.ts#endAllSessions': { fields: () => ({}) },
  'app/account/actions.ts#chooseMailPreferences': {
    fields: () => ({ silence_started: 'digest', silence_ended: 'immediate', amendment_decided: 'never', statement_circulated: 'immediate', timeZone: 'Europe/Oslo' }),
  },
  'app/meetings/new/actions.ts#createNewMeeting': { fields: () => ({ ...OTHER_MEETING, slug: 'forged-meeting' }) },
  'app/meetings/[slug]/settings/actions.ts#saveMeetingDetails': {
    fields: () => ({ ...OTHER_MEETING, currentSlug: 'vancouver-2018', slug: 'vancouver-2018', startsAt: '2018-01-15T18:00', endsAt: '2018-01-16T18:00' }),
  },
  'app/meetings/[slug]/settings/actions.ts#changeMeetingStatus': { fields: () => ({ status: 'concluded' }) },
  // The new address is the demo's own: refused first, the call never reaches the check that it is taken.
  'app/meetings/[slug]/copy/actions.ts#copyThisMeeting': {
    fields: () => ({ currentSlug: 'vancouver-2018', title: 'Forged copy', shortTitle: 'Forged copy', documentCode: 'FC/2019', timeZone: 'America/Vancouver', startsAt: '2019-01-14T18:00', endsAt: '2019-01-15T18:00' }),
  },
  'app/meetings/[slug]/settings/actions.ts#addMeetingSecretariatMember': { fields: () => ({ email: OTHER_MEETING_SECRETARIAT }) },
  'app/meetings/[slug]/settings/actions.ts#removeMeetingSecretariatMember': {
    fields: () => ({ userId: idOf('select id from users where email = ?', 'secretariat@vancouver.test') }),
  },
  'app/meetings/[slug]/accounts/actions.ts#createAccountForMeeting': {
    fields: () => ({ name: 'Forged Account', email: 'forged.account@example.test', role: 'staff', delegationCode: OTHER, password: '' }),
  },
  'app/meetings/[slug]/accounts/actions.ts#issueInvitationLink': {
    fields: () => ({ userId: idOf('select id from users where email = ?', `${OWNER}.staff@vancouver.test`) }),
  },
  'app/meetings/[slug]/accounts/actions.ts#changeAccountAccess': {
    fields: () => ({ userId: idOf('select id from users where email = ?', `${OWNER}.staff@vancouver.test`), disabled: 'true' }),
  },
  'app/meetings/[slug]/agenda/actions.ts#createAgendaItem': { fields: () => agendaItemFields() },
  'app/meetings/[slug]/agenda/actions.ts#updateAgendaItem': {
    fields: () => {
      const item = one<{ id: number; version: number }>('select id, version from agenda_items order by position');
      return { ...agendaItemFields(), itemId: String(item.id), version: String(item.version) };
    },
  },
  'app/meetings/[slug]/agenda/actions.ts#deleteAgendaItem': {
    fields: () => {
      const item = one<{ id: number; version: number }>('select id, version from agenda_items order by position');
      return { itemId: String(item.id), version: String(item.version) };
    },
  },
  'app/meetings/[slug]/agenda/actions.ts#publishAgendaItem': { fields: () => ({ itemId: idOf('select id from agenda_items order by position') }) },
  'app/meetings/[slug]/agenda/actions.ts#publishAgendaDay': { fields: () => ({ day: '2018-01-16' }) },
  'app/meetings/[slug]/agenda/actions.ts#moveAgendaItem': {
    fields: () => {
      const ids = readDatabase((db) => db.prepare('select id from agenda_items order by position').all() as { id: number }[]).map((i) => i.id);
      return { itemId: String(ids[2]), targetId: String(ids[1]), placement: 'before', order: ids.join(',') };
    },
  },
  'app/meetings/[slug]/agenda/actions.ts#requestFloor': { fields: () => ({ itemId: publishedItem() }) },
  'app/meetings/[slug]/agenda/actions.ts#withdrawFloorRequest': { fields: () => ({ itemId: publishedItem() }) },
  'app/meetings/[slug]/agenda/actions.ts#acceptSpeaker': { fields: () => ({ speakerId: idOf('select id from agenda_speakers order by id') }) },
  'app/meetings/[slug]/agenda/actions.ts#removeSpeaker': { fields: () => ({ speakerId: idOf('select id from agenda_speakers order by id') }) },
  'app/meetings/[slug]/agenda/actions.ts#moveSpeaker': {
    fields: () => ({ speakerId: idOf('select id from agenda_speakers order by id'), direction: 'down', order: '' }),
  },
  'app/meetings/[slug]/agenda/actions.ts#setSpeakingTimes': {
    fields: () => {
      const speaker = one<{ id: number; agenda_item_id: number }>('select id, agenda_item_id from agenda_speakers order by id');
      return { itemId: String(speaker.agenda_item_id), [`minutes-${speaker.id}`]: '5' };
    },
  },
  'app/meetings/[slug]/delegations/actions.ts#addDelegationToMeeting': {
    fields: () => ({ code: 'de', protocolName: '', role: 'participant', participation: 'invited' }),
  },
  'app/meetings/[slug]/delegations/actions.ts#choosePrecedenceRule': { fields: () => ({ rule: 'french' }) },
  'app/meetings/[slug]/delegations/actions.ts#moveDelegationInOrder': { fields: () => ({ code: OWNER, direction: 'up' }) },
  'app/meetings/[slug]/delegations/seating/actions.ts#chooseSeatingLayout': { fields: () => ({ layout: 'horseshoe' }) },
  'app/meetings/[slug]/delegations/seating/actions.ts#swapTwoSeats': { fields: () => ({ first: OWNER, second: OTHER }) },
  'app/meetings/[slug]/delegations/seating/actions.ts#restorePrecedenceSeating': { fields: () => ({}) },
  'app/meetings/[slug]/delegations/[code]/actions.ts#saveDelegationSettings': {
    fields: () => ({ code: OWNER, protocolName: 'India', role: 'participant', participation: 'attended' }),
  },
  'app/meetings/[slug]/delegations/[code]/actions.ts#addMember': { fields: () => ({ code: OWNER, ...memberFields('Forged Member') }) },
  'app/meetings/[slug]/delegations/[code]/actions.ts#saveMember': {
    fields: () => {
      const member = memberOf(OWNER);
      return { code: OWNER, memberId: String(member.id), version: String(member.version), ...memberFields('Overwritten By A Forger') };
    },
  },
  'app/meetings/[slug]/delegations/[code]/actions.ts#removeMember': { fields: () => ({ code: OWNER, memberId: String(memberOf(OWNER).id) }) },
  'app/meetings/[slug]/delegations/[code]/actions.ts#previewRosterImport': {
    fields: () => ({ code: OWNER, file: { name: 'roster.csv', type: 'text/csv', content: ROSTER_CSV } }),
  },
  'app/meetings/[slug]/delegations/[code]/actions.ts#importRoster': { fields: () => ({ code: OWNER, csv: ROSTER_CSV }) },
  // Refused before the file is decoded: the bytes need not be a photo.
  'app/meetings/[slug]/delegations/[code]/actions.ts#uploadMemberPhoto': {
    fields: () => ({ code: OWNER, memberId: String(memberOf(OWNER).id), photo: { name: 'forged.jpg', type: 'image/jpeg', content: 'not a photo' } }),
  },
  'app/meetings/[slug]/accreditation/actions.ts#advanceMembersAccreditation': { fields: () => ({ step: 'revoke', [`member-${memberOf(OWNER).id}`]: 'on' }) },
  'app/meetings/[slug]/accreditation/actions.ts#saveCategoryQuotas': { fields: () => ({ 'quota-delegate': '1' }) },
  'app/meetings/[slug]/accreditation/actions.ts#saveAccessZones': { fields: () => ({ 'zone-0-name': 'Forged zone', 'zone-0-delegate': 'on' }) },
  'app/meetings/[slug]/check-in/actions.ts#checkInCode': { fields: () => ({ code: 'VGB-forged' }) },
  'app/meetings/[slug]/bilaterals/actions.ts#requestNewBilateral': {
    fields: () => ({ minutes: '30', level: 'ministers', topic: 'Forged', 'invited-th': 'on', 'window-0-start': '2018-01-16T12:30', 'window-0-end': '2018-01-16T14:00' }),
  },
  // The demo's request from Australia to India, which India has not answered yet.
  'app/meetings/[slug]/bilaterals/actions.ts#answerBilateralRequest': {
    fields: () => ({ bilateralId: idOf(`select id from bilaterals where requester_id = (select id from delegations where country_code = 'au') order by id`), version: '1', answer: 'accept' }),
  },
  'app/meetings/[slug]/bilaterals/actions.ts#assignBilateralSlot': {
    fields: () => ({ bilateralId: idOf('select id from bilaterals order by id'), version: '1', roomId: idOf('select id from bilateral_rooms where name = ?', 'Salon B'), start: '2018-01-16T12:30' }),
  },
  'app/meetings/[slug]/bilaterals/actions.ts#saveBilateralRooms': { fields: () => ({ 'room-0-name': 'Forged room', 'room-0-capacity': '10' }) },
  'app/meetings/[slug]/bilaterals/actions.ts#saveBilateralRules': { fields: () => ({ bufferMinutes: '5', requestDeadline: '' }) },
  'app/meetings/[slug]/documents/new/actions.ts#previewNewDocument': {
    fields: () => ({ kind: 'declaration', title: 'Forged', draftingMode: 'negotiated', start: 'paste', text: '1. Forged.' }),
  },
  'app/meetings/[slug]/documents/new/actions.ts#createNewDocument': {
    fields: () => ({ kind: 'declaration', title: 'Forged', draftingMode: 'negotiated', paragraphs: JSON.stringify([{ kind: 'operative', text: 'Forged.' }]) }),
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#editParagraphText': {
    fields: () => ({ ...paragraphFields(), text: 'Rewritten by a forger.' }),
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#addDocumentParagraph': {
    fields: () => ({ documentId: documentId(), afterParagraphId: '', kind: 'operative', text: 'Added by a forger.' }),
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#moveDocumentParagraph': { fields: () => ({ ...paragraphFields(), direction: 'up' }) },
  'app/meetings/[slug]/documents/[id]/actions.ts#deleteDocumentParagraph': { fields: () => paragraphFields() },
  'app/meetings/[slug]/documents/[id]/actions.ts#setStatusOfParagraph': { fields: () => ({ ...paragraphFields(), status: 'agreed' }) },
  'app/meetings/[slug]/documents/[id]/actions.ts#translateParagraphText': {
    fields: () => {
      const { version, ...paragraph } = paragraphFields();
      return { ...paragraph, version: '1', sourceVersion: version, text: 'Traduit par un faussaire.' };
    },
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#setHoldersOfBracket': { fields: () => ({ ...paragraphFields(), bracketIndex: '0', holders: OTHER }) },
  'app/meetings/[slug]/documents/[id]/actions.ts#proposeParagraphAmendment': {
    fields: () => ({ ...paragraphFields(), action: 'replace', text: 'Proposed by a forger.', rationale: 'Forged.', positionStatementId: '' }),
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#supportParagraphAmendment': {
    owner: 'nz',
    fields: () => ({ documentId: documentId(), amendmentId: amendmentOf('nz'), stance: 'cosponsor' }),
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#withdrawParagraphAmendment': {
    owner: 'nz',
    fields: () => ({ documentId: documentId(), amendmentId: amendmentOf('nz') }),
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#decideParagraphAmendment': {
    owner: 'nz',
    fields: () => ({ documentId: documentId(), amendmentId: amendmentOf('nz'), decision: 'reject', reason: 'Forged.' }),
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#commentOnDocument': {
    fields: () => ({ documentId: documentId(), paragraphId: paragraphFields().paragraphId, amendmentId: '', body: 'Forged.' }),
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#recordDelegationStance': { fields: () => ({ documentId: documentId(), kind: 'endorse', text: '' }) },
  'app/meetings/[slug]/documents/[id]/actions.ts#startSilenceProcedure': { fields: () => ({ documentId: documentId(), deadline: '2030-01-15T12:00' }) },
  'app/meetings/[slug]/documents/[id]/actions.ts#breakSilenceProcedure': { fields: () => ({ documentId: documentId(), reason: 'Forged.' }) },
  'app/meetings/[slug]/documents/[id]/actions.ts#reopenAdoptedDocument': { fields: () => ({ documentId: documentId(), reason: 'Forged.' }) },
  'app/meetings/[slug]/documents/[id]/actions.ts#issueChairsTextNow': { fields: () => ({ documentId: documentId() }) },
  'app/meetings/[slug]/documents/[id]/actions.ts#saveDocumentDistribution': {
    fields: () => ({ documentId: documentId(), version: String(one<{ version: number }>('select version from outcome_documents where id = ?', documentId()).version), distribution: 'general', recipients: '' }),
  },
  'app/meetings/[slug]/documents/[id]/actions.ts#withdrawSilenceProcedure': { fields: () => ({ documentId: documentId(), reason: 'Forged.' }) },
  'app/meetings/[slug]/positions/actions.ts#createPositionStatement': { fields: () => ({ agendaItemId: '', title: 'Forged', body: 'Forged.' }) },
  'app/meetings/[slug]/positions/actions.ts#revisePositionStatement': {
    fields: () => {
      const statement = statementOf(OWNER, 'circulated');
      return { id: String(statement.id), expectedVersion: String(statement.version), title: 'Forged', body: 'Forged.' };
    },
  },
  'app/meetings/[slug]/positions/actions.ts#advancePositionStatement': {
    owner: 'nz',
    fields: () => {
      const statement = statementOf('nz', 'secretariat');
      return { id: String(statement.id), expectedVersion: String(statement.version), to: 'circulated' };
    },
  },
};

const ROSTER_CSV = 'Name,Title,Function\nForged Person,Adviser,Adviser\n';
const agendaItemFields = () => ({
  title: 'Forged item',
  description: '',
  kind: 'press',
  startsAt: '2018-01-16T18:00',
  endsAt: '2018-01-16T18:30',
  location: '',
  chair: '',
});
const memberFields = (fullName: string) => ({ fullName, title: 'Adviser', function: 'adviser', email: '', arrival: '', departure: '' });
const publishedItem = () => idOf('select id from agenda_items where published_at is not null order by position');
const amendmentOf = (code: string) => idOf(`select id from amendments where ${delegationWhere} order by id`, code);
function paragraphFields() {
  const paragraph = one<{ id: number; version: number }>(
    `select id, version from paragraphs where document_id = ? and deleted_at is null order by position limit 1 offset 1`,
    documentId(),
  );
  return { documentId: documentId(), paragraphId: String(paragraph.id), version: String(paragraph.version) };
}

type Logged = { actor: number | null; action: string; outcome: 'done' | 'denied' };
const lastAuditId = () => one<{ id: number }>('select max(id) id from audit_entries').id;
const loggedSince = (id: number, userId: number) =>
  readDatabase((db) => db.prepare('select actor_user_id actor, action, outcome from audit_entries where id > ? and actor_user_id = ?').all(id, userId) as Logged[]);

test('every server action of the build has a row in the authorization table, and a forged call for it', () => {
  const built = [...serverActions().keys()].sort();
  expect(built).toEqual(Object.keys(ACTIONS).sort());
  expect(Object.keys(FORGED).sort()).toEqual(built.filter((key) => !isPublic(ACTIONS[key])));
});

for (const [key, entry] of Object.entries(ACTIONS)) {
  if (isPublic(entry)) continue;
  const rule = entry as Gated;
  const refused = ROLES.filter((role) => !allows(rule.rule, role, rule.ownership));
  test(`${key}: refused by direct POST to ${refused.join(', ')}`, async ({ baseURL }) => {
    const forged = FORGED[key];
    const owner = forged.owner ?? OWNER;
    const action = serverActions().get(key)!;
    for (const role of refused) {
      const before = lastAuditId();
      const fields: Record<string, string | FormFile> = { slug: MEETING.split('/').pop()!, ...forged.fields() };
      // Posted to the page whose forms use the action, with the records the fields name.
      const address = action.page
        .replace(/^app/, '')
        .replace(/\/page$/, '')
        .replace('[slug]', String(fields.slug))
        .replace('[code]', String(fields.code ?? owner))
        .replace('[id]', String(fields.documentId ?? fields.id ?? fields.memberId));
      const response = await fetchAs(baseURL!, role, owner, address, {
        method: 'POST',
        headers: { 'next-action': action.id, accept: 'text/x-component' },
        body: actionForm(fields),
      });
      if (role === 'signedOut') {
        // Every action's page is a meeting or account page: the proxy sends the call to sign-in.
        expect(response.status, role).toBe(307);
        expect(response.headers.get('location'), role).toMatch(/\/login\?callbackUrl=/);
        continue;
      }
      const answer = await response.text();
      const what = `${role} at ${address}: ${answer.slice(0, 300)}`;
      expect(response.status, what).toBe(200);
      expect(answer, what).toContain('"message":"forbidden"');
      // Refused in the data layer: logged as denied there, and nothing of the kind done.
      const userId = Number(idOf('select id from users where email = ?', demoAccount(role, owner, OTHER)));
      const logged = loggedSince(before, userId);
      const denied = logged.filter((e) => e.outcome === 'denied').map((e) => e.action);
      expect(denied.length, what).toBeGreaterThan(0);
      expect(logged.filter((e) => e.outcome === 'done' && denied.includes(e.action)), what).toEqual([]);
    }
  });
}
