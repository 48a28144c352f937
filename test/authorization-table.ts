/**
 * DESIGN.md's "Who may do what", as data: the authorization matrix tests (Vitest in
 * db/authorization.test.ts, Playwright in e2e/authorization.spec.ts) are generated from it.
 * Every mutation in db/mutations, every page and route handler under app/ and every server
 * action is listed here with the row that governs it, so a wrong row, or a new entry point
 * without one, fails a test. No imports: both test runners load this file.
 */

/**
 * What a column of the table grants: `all` every record of the meeting, `own` those of the
 * viewer's own delegation (or acting for it), `none` nothing.
 */
export type Scope = 'all' | 'own' | 'none';
/**
 * `stranger`: what a secretariat account of another meeting may do here; nothing unless
 * the row says so (its own sign-in, creating a meeting of its own).
 */
export type Rule = {
  design: string;
  secretariat: Scope;
  head: Scope;
  staff: Scope;
  /** DESIGN.md's narrower translator role: nothing unless the row says so. */
  translator?: 'all';
  /** Security staff at the entrance (issue 23): nothing unless the row says so. */
  door?: 'all';
  stranger?: 'all';
};

/** DESIGN.md's rows, in its order and words. */
const DESIGN_ROWS = {
  setUp: { design: 'set up meeting, delegations, accounts, invitations', secretariat: 'all', head: 'none', staff: 'none' },
  readRosterNames: { design: 'read rosters: names, titles, functions', secretariat: 'all', head: 'all', staff: 'all', translator: 'all' },
  readRosterContacts: { design: 'read rosters: e-mail, accreditation, travel', secretariat: 'all', head: 'own', staff: 'own' },
  editRoster: { design: 'edit a roster', secretariat: 'all', head: 'own', staff: 'own' },
  editAgenda: { design: 'edit the agenda', secretariat: 'all', head: 'none', staff: 'none' },
  read: { design: 'read the agenda, circulated positions, the draft', secretariat: 'all', head: 'all', staff: 'all', translator: 'all' },
  writePosition: { design: 'write a position statement', secretariat: 'none', head: 'own', staff: 'own' },
  readPrivatePosition: { design: 'read a position kept "delegation only"', secretariat: 'none', head: 'own', staff: 'own' },
  readSharedPosition: { design: 'read a position "shared with secretariat"', secretariat: 'all', head: 'own', staff: 'own' },
  pen: { design: 'edit paragraph text directly (the pen)', secretariat: 'all', head: 'none', staff: 'none' },
  amend: { design: 'propose, co-sponsor or oppose an amendment (for own delegation)', secretariat: 'none', head: 'own', staff: 'own' },
  comment: { design: 'comment', secretariat: 'all', head: 'all', staff: 'all', translator: 'all' },
  decide: { design: 'accept or reject an amendment, set paragraph status', secretariat: 'all', head: 'none', staff: 'none' },
  silence: { design: 'start silence, adopt, reopen', secretariat: 'all', head: 'none', staff: 'none' },
  stance: { design: "record the delegation's stance", secretariat: 'none', head: 'own', staff: 'none' },
  auditLog: { design: 'read the audit log', secretariat: 'all', head: 'own', staff: 'none' },
  // The secretariat "assigns rooms and slots" (assignBilateral below): it neither asks nor answers.
  bilateral: { design: 'request or answer a bilateral (own delegation)', secretariat: 'none', head: 'own', staff: 'own' },
} as const satisfies Record<string, Rule>;

/**
 * Rules the issues set where DESIGN.md's table is silent or coarser, each named after the
 * row it refines. They are part of the matrix like the others.
 */
const REFINEMENTS = {
  // Positions issue: "staff prepare, the head circulates"; a new version of a circulated
  // statement supersedes what every delegation read, so it needs the head too.
  circulatePosition: { design: 'write a position statement: circulating it to all is for the head', secretariat: 'none', head: 'own', staff: 'none' },
  // Rosters issue: accreditation is the host's decision, even on a roster the delegation edits.
  accredit: { design: 'edit a roster: accreditation is set by the secretariat', secretariat: 'all', head: 'none', staff: 'none' },
  // Agenda issue: a delegation asks for the floor for itself; the secretariat runs the list.
  requestFloor: { design: "edit the agenda: a delegation's own place on a speakers list", secretariat: 'none', head: 'own', staff: 'own' },
  // Accounts issue: everyone manages their own sign-in (password, sessions), nobody else's.
  ownAccount: { design: "one's own account: password and sessions", secretariat: 'all', head: 'all', staff: 'all', translator: 'all', door: 'all', stranger: 'all' },
  // Run-your-own-meeting issue: any secretariat account creates a meeting, which it then serves.
  createMeeting: { design: 'create a meeting: any secretariat account, for a meeting it will serve', secretariat: 'all', head: 'none', staff: 'none', stranger: 'all' },
  // Run-your-own-meeting issue: a document's distribution is set by the meeting's secretariat.
  distribute: { design: 'set up meeting: who receives each outcome document (its distribution)', secretariat: 'all', head: 'none', staff: 'none' },
  // Run-your-own-meeting issue: "restricted (named delegations); every read path honours it".
  // For a delegation it does not name, a restricted document does not exist (404).
  readRestricted: { design: 'read the draft: a restricted document, by the delegations it names', secretariat: 'all', head: 'own', staff: 'own', translator: 'all' },
  // Run-your-own-meeting issue: a chair's text takes no amendments, stances or silence.
  chairsText: { design: "propose an amendment, record a stance: not on a chair's text, which the secretariat drafts alone", secretariat: 'none', head: 'none', staff: 'none' },
  // Both-languages issue: the second-language version is kept by the secretariat or a translator.
  translate: { design: "a translator edits only the second-language version of a document's paragraphs", secretariat: 'all', head: 'none', staff: 'none', translator: 'all' },
  // Accreditation issue: the host approves, issues and revokes badges, sets quotas and zones, and prints badges.
  badges: { design: 'set up meeting: accreditation, quotas, access zones and printed badges', secretariat: 'all', head: 'none', staff: 'none' },
  // Accreditation issue: "The door role sees nothing else of the meeting"; the secretariat may stand in at the desk.
  checkIn: { design: 'check badges in at the door: the door role, or the secretariat', secretariat: 'all', head: 'none', staff: 'none', door: 'all' },
  // Bilaterals issue: the secretariat assigns rooms and slots, keeps the rooms and the rules.
  assignBilateral: { design: 'request or answer a bilateral: the secretariat assigns rooms and slots', secretariat: 'all', head: 'none', staff: 'none' },
  // Bilaterals issue: "a third delegation sees neither who meets whom nor topics"; the parties and the secretariat do.
  readBilaterals: { design: "request or answer a bilateral: who meets whom and why, for the parties and the secretariat", secretariat: 'all', head: 'own', staff: 'own' },
} as const satisfies Record<string, Rule>;

export const WHO_MAY = { ...DESIGN_ROWS, ...REFINEMENTS };
export type RuleName = keyof typeof WHO_MAY;

/**
 * `otherSecretariat`: a secretariat account of another meeting, which is a stranger to the
 * demo meeting (DESIGN.md: "for every other meeting it is a stranger (404)").
 */
export const ROLES = ['secretariat', 'translator', 'door', 'otherSecretariat', 'ownHead', 'ownStaff', 'otherHead', 'otherStaff', 'signedOut'] as const;
export type Role = (typeof ROLES)[number];

/** The account that plays `otherSecretariat`: each matrix test creates it with a meeting of its own. */
export const OTHER_MEETING_SECRETARIAT = 'secretariat@other-meeting.test';

/** The account that plays `role`, with `owner` the owning delegation and `other` another. */
export function demoAccount(role: Exclude<Role, 'signedOut'>, owner: string, other: string): string {
  if (role === 'secretariat') return 'secretariat@vancouver.test';
  if (role === 'translator') return 'translator@vancouver.test';
  if (role === 'door') return 'door@vancouver.test';
  if (role === 'otherSecretariat') return OTHER_MEETING_SECRETARIAT;
  const code = role === 'ownHead' || role === 'ownStaff' ? owner : other;
  return `${code}.${role === 'ownHead' || role === 'otherHead' ? 'head' : 'staff'}@vancouver.test`;
}

/**
 * Whose record a case touches. `owned`: a record of the owning delegation (a roster, a
 * statement, an amendment), so another delegation is an outsider. `forOwn`: the viewer acts
 * for their own delegation (proposing, asking for the floor), so every delegation is "own".
 * `meeting`: the meeting as a whole (the programme, the document, the log).
 */
export type Ownership = 'owned' | 'forOwn' | 'meeting';

/** Whether `role` may do what `rule` governs, on a record of the given ownership. */
export function allows(rule: RuleName, role: Role, ownership: Ownership): boolean {
  const row: Rule = WHO_MAY[rule];
  if (role === 'signedOut') return false;
  // A stranger to the meeting: nothing of it is its business, unless the row says so.
  if (role === 'otherSecretariat') return row.stranger === 'all';
  if (role === 'secretariat') return row.secretariat !== 'none';
  if (role === 'translator') return row.translator === 'all';
  if (role === 'door') return row.door === 'all';
  const scope = role === 'ownHead' || role === 'otherHead' ? row.head : row.staff;
  if (scope === 'all') return true;
  if (scope === 'none') return false;
  return role === 'ownHead' || role === 'ownStaff' || ownership !== 'owned';
}

/** The refusal a forbidden role gets: 403, or 404 where the record's existence is confidential. */
export type Refusal = 403 | 404 | Partial<Record<Role, 403 | 404>>;

/**
 * Someone outside the meeting always gets 404: the meeting's records do not exist for them.
 * So does the door, which takes no part in the meeting beyond its desk, unless the row says
 * otherwise (creating a meeting is refused to it as to any account that is not a secretariat).
 */
export const refusalFor = (refusal: Refusal, role: Role): 403 | 404 => {
  if (role === 'otherSecretariat') return 404;
  if (typeof refusal === 'number') return role === 'door' ? 404 : refusal;
  return refusal[role] ?? (role === 'door' ? 404 : 403);
};

/** An entry point governed by one row of the table. */
export type Gated = { rule: RuleName; ownership: Ownership; refusal: Refusal };
/** An entry point open to anyone by design, with the reason. */
export type Public = { public: string };

const gated = (rule: RuleName, ownership: Ownership, refusal: Refusal = 403): Gated => ({ rule, ownership, refusal });

/** A bilateral does not exist for anyone but its parties and the secretariat (which may see it, not answer it: 403). */
const BILATERAL_STRANGERS: Refusal = { translator: 404, otherHead: 404, otherStaff: 404 };

/**
 * Every exported function of db/mutations/*.ts, keyed `module.export`. Mutations with
 * several cases (a step that different rows govern) list each case.
 */
export const MUTATIONS: Record<string, Public | Gated | Record<string, Gated>> = {
  'accreditation.followAccreditation': { public: "a helper inside the roster's and the accreditation's transactions, given their connection: they decided who may act" },
  'accreditation.advanceAccreditation': gated('badges', 'meeting'),
  'accreditation.setMemberPhoto': gated('editRoster', 'owned'),
  'accreditation.setCategoryQuotas': gated('badges', 'meeting'),
  'accreditation.setAccessZones': gated('badges', 'meeting'),
  'accreditation.checkInBadge': gated('checkIn', 'meeting', 404),
  'bilaterals.requestBilateral': gated('bilateral', 'forOwn'),
  // A delegation that is not a party finds no such bilateral; the secretariat, which sees it, may not answer for a party.
  'bilaterals.answerBilateral': gated('bilateral', 'owned', BILATERAL_STRANGERS),
  'bilaterals.scheduleBilateral': gated('assignBilateral', 'meeting'),
  'bilaterals.setBilateralRooms': gated('assignBilateral', 'meeting'),
  'bilaterals.setBilateralRules': gated('assignBilateral', 'meeting'),
  'accounts.createAccount': gated('setUp', 'meeting'),
  'accounts.issueInvitation': gated('setUp', 'meeting'),
  'accounts.setAccountDisabled': gated('setUp', 'meeting'),
  'accounts.acceptInvitation': { public: 'the invitation token is the credential: whoever holds a valid link sets that password' },
  'accounts.changePassword': gated('ownAccount', 'meeting'),
  'accounts.signOutEverywhere': gated('ownAccount', 'meeting'),
  'accounts.createAccountFromCommandLine': { public: 'run by the operator at the server console (npm run user:create), no viewer' },
  'accounts.requestPasswordReset': { public: 'mails a reset link to the address only; answers the same for any address, under the sign-in lockout rules' },
  'accounts.createFirstAccount': { public: 'first run: the one-time setup code printed at the console is the credential, and only while no account exists' },
  'agenda.createAgendaItem': gated('editAgenda', 'meeting'),
  'agenda.updateAgendaItem': gated('editAgenda', 'meeting'),
  'agenda.deleteAgendaItem': gated('editAgenda', 'meeting'),
  'agenda.publishAgendaItems': gated('editAgenda', 'meeting'),
  'agenda.moveAgendaItem': gated('editAgenda', 'meeting'),
  'agenda.toItemRecord': { public: 'a pure conversion of a row for forms; reads and writes nothing' },
  'agenda.writeOrder': { public: "a helper inside other mutations' transactions, given their connection" },
  'agenda-speakers.requestFloor': gated('requestFloor', 'forOwn'),
  'agenda-speakers.withdrawFloorRequest': gated('requestFloor', 'forOwn'),
  'agenda-speakers.removeSpeaker': gated('editAgenda', 'meeting'),
  'agenda-speakers.acceptSpeaker': gated('editAgenda', 'meeting'),
  'agenda-speakers.moveSpeaker': gated('editAgenda', 'meeting'),
  'agenda-speakers.setSpeakingTimes': gated('editAgenda', 'meeting'),
  'audit.writeAudit': { public: "a helper inside other mutations' transactions, given their connection" },
  'delegations.addDelegation': gated('setUp', 'meeting'),
  'delegations.updateDelegation': gated('setUp', 'meeting'),
  'delegations.setPrecedenceRule': gated('setUp', 'meeting'),
  'delegations.moveDelegation': gated('setUp', 'meeting'),
  'delegations.setSeatingLayout': gated('setUp', 'meeting'),
  'delegations.swapSeats': gated('setUp', 'meeting'),
  'delegations.resetSeats': gated('setUp', 'meeting'),
  // Creating a document is holding the pen on a new text.
  'documents.createDocument': gated('pen', 'meeting'),
  'document-settings.setDocumentDistribution': gated('distribute', 'meeting'),
  // Noting a visit is reading the document: whoever may read it, and no one else.
  'document-visits.recordDocumentVisit': gated('readRestricted', 'owned', 404),
  'paragraphs.editParagraph': gated('pen', 'meeting'),
  'paragraphs.addParagraph': gated('pen', 'meeting'),
  'paragraphs.moveParagraph': gated('pen', 'meeting'),
  'paragraphs.deleteParagraph': gated('pen', 'meeting'),
  'paragraphs.setParagraphStatus': gated('decide', 'meeting'),
  'paragraphs.setBracketHolders': gated('pen', 'meeting'),
  'paragraphs.translateParagraph': gated('translate', 'meeting'),
  'amendments.proposeAmendment': {
    negotiated: gated('amend', 'forOwn'),
    chairsText: gated('chairsText', 'forOwn'),
  },
  'amendments.supportAmendment': gated('amend', 'forOwn'),
  'amendments.withdrawAmendment': gated('amend', 'owned'),
  'amendments.acceptAmendment': gated('decide', 'meeting'),
  'amendments.rejectAmendment': gated('decide', 'meeting'),
  'comments.addComment': {
    open: gated('comment', 'meeting'),
    // Every action on a document first finds it readable: commenting stands for them all.
    restricted: gated('readRestricted', 'owned', 404),
  },
  'stances.recordStance': {
    negotiated: gated('stance', 'forOwn'),
    chairsText: gated('chairsText', 'forOwn'),
  },
  // Breaking silence records the delegation's objection as its stance.
  'silence.breakSilence': gated('stance', 'forOwn'),
  'silence.startSilence': gated('silence', 'meeting'),
  'silence.withdrawSilence': gated('silence', 'meeting'),
  'silence.reopenDocument': gated('silence', 'meeting'),
  'silence.issueChairsText': gated('silence', 'meeting'),
  'silence-scheduler.settleSilences': { public: 'the clock adopts a text whose silence ran out; no viewer acts' },
  'silence-scheduler.scheduleSilenceEnd': { public: 'arms the timer for settleSilences; no viewer acts' },
  'silence-scheduler.cancelSilenceEnd': { public: 'disarms that timer once a silence ends early; no viewer acts' },
  'silence-scheduler.resumeSilences': { public: 'start-up: settles and re-arms silences; no viewer acts' },
  'meetings.createMeeting': gated('createMeeting', 'meeting', { door: 403 }),
  'meetings.updateMeeting': gated('setUp', 'meeting'),
  'meetings.copyMeeting': gated('setUp', 'meeting'),
  'meetings.setMeetingStatus': gated('setUp', 'meeting'),
  'meetings.addSecretariatMember': gated('setUp', 'meeting'),
  'meetings.removeSecretariatMember': gated('setUp', 'meeting'),
  'invitation-token.newInvitationToken': { public: 'random bytes; reads and writes nothing' },
  'invitation-token.hashInvitationToken': { public: 'a hash; reads and writes nothing' },
  'positions.createPosition': gated('writePosition', 'forOwn'),
  'positions.revisePosition': {
    private: gated('writePosition', 'owned', 404),
    shared: gated('writePosition', 'owned', { secretariat: 403, translator: 404, otherHead: 404, otherStaff: 404 }),
    circulated: gated('circulatePosition', 'owned'),
  },
  'positions.advancePosition': {
    share: gated('writePosition', 'owned', 404),
    circulate: gated('circulatePosition', 'owned', { secretariat: 403, translator: 404, otherHead: 404, otherStaff: 404 }),
  },
  'roster.addRosterMember': gated('editRoster', 'owned'),
  'roster.updateRosterMember': {
    details: gated('editRoster', 'owned'),
    accreditation: gated('accredit', 'owned'),
  },
  'roster.removeRosterMember': gated('editRoster', 'owned'),
  'roster.importRosterMembers': gated('editRoster', 'owned'),
  'notifications.notifyDocumentReaders': { public: "a helper inside other mutations' transactions: mails only the accounts mayReadDocument lets read the document" },
  'notifications.notifyAmendmentDecided': { public: "a helper inside other mutations' transactions: mails only the proposing delegation's accounts" },
  'notifications.notifyStatementCirculated': { public: "a helper inside other mutations' transactions: mails the meeting's accounts of a statement circulated to all of them" },
  'notifications.setMailPreferences': gated('ownAccount', 'meeting'),
  'notifications.rememberLanguage': gated('ownAccount', 'meeting'),
  'outbox.enqueueMail': { public: "a helper inside other mutations' transactions, given their connection: they decided who may act" },
  'outbox.dueMails': { public: 'the mailer reads what is due; no viewer acts' },
  'outbox.recordMailSent': { public: "the mailer records the server's answer; no viewer acts" },
  'outbox.recordMailFailure': { public: "the mailer records the server's answer; no viewer acts" },
  'outbox.gatherDigests': { public: 'the clock gathers held notifications into digests; no viewer acts' },
  'sign-in.attemptSignIn': { public: 'signing in is how a viewer comes to be' },
  'sign-in.activeLock': { public: 'reads the lockout state of an address and client; no viewer exists yet' },
  'sign-in.normaliseEmail': { public: 'a pure string function' },
};

/**
 * The reads that gate pages, in db/queries: a forbidden role gets the refusal, an allowed
 * one the record (for contacts: the record with or without the contact details).
 */
export const READS: Record<string, Gated> = {
  'delegations.getRoster contacts': gated('readRosterContacts', 'owned'),
  'delegations.getRosterMember': gated('editRoster', 'owned'),
  'delegations.getRosterForEditing': gated('editRoster', 'owned'),
  'delegations.listParticipants contacts': gated('readRosterContacts', 'owned'),
  'positions.getPosition private': gated('readPrivatePosition', 'owned', 404),
  'positions.getPosition shared': gated('readSharedPosition', 'owned', 404),
  'positions.getPosition circulated': gated('read', 'owned', 404),
  'positions.agendaForNewPosition': gated('writePosition', 'forOwn'),
  'audit.listAuditEntries': gated('auditLog', 'meeting', 404),
  'accounts.listAccounts': gated('setUp', 'meeting', 404),
  'outbox.listOutbox': gated('setUp', 'meeting', 404),
  'meetings.getMeetingSettings': gated('setUp', 'meeting', 404),
  'documents.checkDocumentCreator': gated('pen', 'meeting'),
  'documents.getDocument restricted': gated('readRestricted', 'owned', 404),
  'documents.listDocuments restricted': gated('readRestricted', 'owned', 404),
  'history.getDocumentHistory restricted': gated('readRestricted', 'owned', 404),
  'documents.getDocumentDistribution': gated('distribute', 'meeting'),
  'meetings.checkMeetingCopier': gated('setUp', 'meeting', 404),
  'meetings.getCheckInMeeting': gated('checkIn', 'meeting', 404),
  'accreditation.getAccreditationDesk': gated('badges', 'meeting', 404),
  'accreditation.getBadgeSheet': gated('badges', 'owned', 404),
  'bilaterals.getBilateralBoard': gated('readBilaterals', 'forOwn', 404),
  'bilaterals.getDelegationSchedule': gated('readBilaterals', 'owned', 404),
  // The photo is an accreditation detail: read as the rest of them.
  'accreditation.getMemberPhoto': gated('readRosterContacts', 'owned', 404),
};

/** A page or route handler, by its file under app/, with the cases the matrix tries. */
export type RouteCase = Gated & {
  /** What the URL's dynamic segments name: the owning delegation's record of this kind. */
  record?: 'privatePosition' | 'sharedPosition' | 'circulatedPosition' | 'member' | 'document' | 'restrictedDocument';
  /** Allowed and refused alike get the page (200); the difference is in what it shows. */
  shows?: 'ownerContacts';
};

/** A document's page, history, exports and event stream: read by its readers, one restricted by those it names. */
const DOCUMENT_READS: RouteCase[] = [
  { ...gated('read', 'meeting'), record: 'document' },
  { ...gated('readRestricted', 'owned', 404), record: 'restrictedDocument' },
];

export const ROUTES: Record<string, Public | RouteCase[]> = {
  'app/page.tsx': [gated('ownAccount', 'meeting')],
  'app/login/page.tsx': { public: 'the sign-in form' },
  'app/forgot-password/page.tsx': { public: 'asks for a reset link by address; answers the same whether an account has it' },
  'app/setup/page.tsx': { public: 'first run: open only while no account exists (404 after), guarded by the setup code' },
  'app/invitations/[token]/page.tsx': { public: 'the invitation token is the credential' },
  'app/account/page.tsx': [gated('ownAccount', 'meeting')],
  'app/api/auth/[...nextauth]/route.ts': { public: "next-auth's sign-in endpoints" },
  'app/api/health/route.ts': { public: 'a load balancer asks it, signed out' },
  'app/flags/[file]/route.ts': { public: 'public flag images' },
  'app/meetings/new/page.tsx': [gated('createMeeting', 'meeting', { door: 403 })],
  'app/meetings/[slug]/page.tsx': [gated('read', 'meeting')],
  'app/meetings/[slug]/accounts/page.tsx': [gated('setUp', 'meeting', 404)],
  'app/meetings/[slug]/accreditation/page.tsx': [gated('badges', 'meeting', 404)],
  'app/meetings/[slug]/check-in/page.tsx': [gated('checkIn', 'meeting', 404)],
  'app/meetings/[slug]/delegations/[code]/badges/pdf/route.ts': [gated('badges', 'owned', 404)],
  'app/meetings/[slug]/members/[id]/photo/route.ts': [{ ...gated('readRosterContacts', 'owned', 404), record: 'member' }],
  'app/meetings/[slug]/settings/page.tsx': [gated('setUp', 'meeting', 404)],
  'app/meetings/[slug]/bilaterals/page.tsx': [gated('readBilaterals', 'forOwn', 404)],
  'app/meetings/[slug]/delegations/[code]/schedule/page.tsx': [gated('readBilaterals', 'owned', 404)],
  'app/meetings/[slug]/delegations/[code]/schedule/pdf/route.ts': [gated('readBilaterals', 'owned', 404)],
  'app/meetings/[slug]/delegations/[code]/schedule/ics/route.ts': [gated('readBilaterals', 'owned', 404)],
  'app/meetings/[slug]/copy/page.tsx': [gated('setUp', 'meeting', 404)],
  'app/meetings/[slug]/agenda/page.tsx': [gated('read', 'meeting')],
  'app/meetings/[slug]/agenda/ics/route.ts': [gated('read', 'meeting')],
  'app/meetings/[slug]/agenda/pdf/route.ts': [gated('read', 'meeting')],
  'app/meetings/[slug]/audit/page.tsx': [gated('auditLog', 'meeting', 404)],
  'app/meetings/[slug]/audit/csv/route.ts': [gated('auditLog', 'meeting', 404)],
  'app/meetings/[slug]/delegations/page.tsx': [gated('readRosterNames', 'meeting')],
  'app/meetings/[slug]/delegations/csv/route.ts': [
    gated('readRosterNames', 'meeting'),
    { ...gated('readRosterContacts', 'owned'), shows: 'ownerContacts' },
  ],
  'app/meetings/[slug]/delegations/pdf/route.ts': [gated('readRosterNames', 'meeting')],
  // The seating plan shows who sits where: the delegations' names, public to the meeting.
  'app/meetings/[slug]/delegations/seating/page.tsx': [gated('readRosterNames', 'meeting')],
  'app/meetings/[slug]/delegations/[code]/page.tsx': [
    gated('readRosterNames', 'owned'),
    { ...gated('readRosterContacts', 'owned'), shows: 'ownerContacts' },
  ],
  'app/meetings/[slug]/delegations/[code]/import/page.tsx': [gated('editRoster', 'owned')],
  'app/meetings/[slug]/delegations/[code]/members/new/page.tsx': [gated('editRoster', 'owned')],
  'app/meetings/[slug]/delegations/[code]/members/[id]/page.tsx': [{ ...gated('editRoster', 'owned'), record: 'member' }],
  'app/meetings/[slug]/documents/page.tsx': [gated('read', 'meeting')],
  'app/meetings/[slug]/documents/new/page.tsx': [gated('pen', 'meeting')],
  'app/meetings/[slug]/documents/[id]/page.tsx': DOCUMENT_READS,
  'app/meetings/[slug]/documents/[id]/history/page.tsx': DOCUMENT_READS,
  'app/meetings/[slug]/documents/[id]/pdf/route.ts': DOCUMENT_READS,
  'app/meetings/[slug]/documents/[id]/docx/route.ts': DOCUMENT_READS,
  'app/meetings/[slug]/events/route.ts': DOCUMENT_READS,
  'app/meetings/[slug]/positions/page.tsx': [gated('read', 'meeting')],
  'app/meetings/[slug]/positions/new/page.tsx': [gated('writePosition', 'forOwn')],
  'app/meetings/[slug]/positions/[id]/page.tsx': [
    { ...gated('readPrivatePosition', 'owned', 404), record: 'privatePosition' },
    { ...gated('readSharedPosition', 'owned', 404), record: 'sharedPosition' },
    { ...gated('read', 'owned', 404), record: 'circulatedPosition' },
  ],
  'app/meetings/[slug]/positions/[id]/edit/page.tsx': [
    { ...gated('writePosition', 'owned', 404), record: 'privatePosition' },
    { ...gated('writePosition', 'owned', { secretariat: 403, translator: 404, otherHead: 404, otherStaff: 404 }), record: 'sharedPosition' },
    { ...gated('circulatePosition', 'owned'), record: 'circulatedPosition' },
  ],
};

/**
 * Every server action, keyed `file#export`, with the row that governs the case the
 * end-to-end matrix forges (a record of the owning delegation where ownership matters).
 */
export const ACTIONS: Record<string, Public | Gated> = {
  'app/actions.ts#chooseLanguage': { public: 'choosing the interface language, signed in or not' },
  'app/invitations/[token]/actions.ts#setPasswordFromInvitation': { public: 'the invitation token is the credential' },
  'app/setup/actions.ts#createFirstSecretariat': { public: 'first run: the one-time setup code is the credential, only while no account exists' },
  'app/account/actions.ts#changeOwnPassword': gated('ownAccount', 'meeting'),
  'app/account/actions.ts#endAllSessions': gated('ownAccount', 'meeting'),
  'app/account/actions.ts#chooseMailPreferences': gated('ownAccount', 'meeting'),
  'app/forgot-password/actions.ts#askForPasswordReset': { public: 'asks for a reset link by address; answers the same whether an account has it' },
  'app/meetings/new/actions.ts#createNewMeeting': gated('createMeeting', 'meeting', { door: 403 }),
  'app/meetings/[slug]/settings/actions.ts#saveMeetingDetails': gated('setUp', 'meeting'),
  'app/meetings/[slug]/settings/actions.ts#changeMeetingStatus': gated('setUp', 'meeting'),
  'app/meetings/[slug]/settings/actions.ts#addMeetingSecretariatMember': gated('setUp', 'meeting'),
  'app/meetings/[slug]/settings/actions.ts#removeMeetingSecretariatMember': gated('setUp', 'meeting'),
  'app/meetings/[slug]/copy/actions.ts#copyThisMeeting': gated('setUp', 'meeting'),
  'app/meetings/[slug]/accounts/actions.ts#createAccountForMeeting': gated('setUp', 'meeting'),
  'app/meetings/[slug]/accounts/actions.ts#issueInvitationLink': gated('setUp', 'meeting'),
  'app/meetings/[slug]/accounts/actions.ts#changeAccountAccess': gated('setUp', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#createAgendaItem': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#updateAgendaItem': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#deleteAgendaItem': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#publishAgendaItem': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#publishAgendaDay': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#moveAgendaItem': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#requestFloor': gated('requestFloor', 'forOwn'),
  'app/meetings/[slug]/agenda/actions.ts#withdrawFloorRequest': gated('requestFloor', 'forOwn'),
  'app/meetings/[slug]/agenda/actions.ts#acceptSpeaker': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#removeSpeaker': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#moveSpeaker': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/agenda/actions.ts#setSpeakingTimes': gated('editAgenda', 'meeting'),
  'app/meetings/[slug]/delegations/actions.ts#addDelegationToMeeting': gated('setUp', 'meeting'),
  'app/meetings/[slug]/delegations/actions.ts#choosePrecedenceRule': gated('setUp', 'meeting'),
  'app/meetings/[slug]/delegations/actions.ts#moveDelegationInOrder': gated('setUp', 'meeting'),
  'app/meetings/[slug]/delegations/seating/actions.ts#chooseSeatingLayout': gated('setUp', 'meeting'),
  'app/meetings/[slug]/delegations/seating/actions.ts#swapTwoSeats': gated('setUp', 'meeting'),
  'app/meetings/[slug]/delegations/seating/actions.ts#restorePrecedenceSeating': gated('setUp', 'meeting'),
  'app/meetings/[slug]/delegations/[code]/actions.ts#saveDelegationSettings': gated('setUp', 'meeting'),
  'app/meetings/[slug]/delegations/[code]/actions.ts#addMember': gated('editRoster', 'owned'),
  'app/meetings/[slug]/delegations/[code]/actions.ts#saveMember': gated('editRoster', 'owned'),
  'app/meetings/[slug]/delegations/[code]/actions.ts#removeMember': gated('editRoster', 'owned'),
  'app/meetings/[slug]/delegations/[code]/actions.ts#previewRosterImport': gated('editRoster', 'owned'),
  'app/meetings/[slug]/delegations/[code]/actions.ts#importRoster': gated('editRoster', 'owned'),
  'app/meetings/[slug]/delegations/[code]/actions.ts#uploadMemberPhoto': gated('editRoster', 'owned'),
  'app/meetings/[slug]/accreditation/actions.ts#advanceMembersAccreditation': gated('badges', 'meeting'),
  'app/meetings/[slug]/accreditation/actions.ts#saveCategoryQuotas': gated('badges', 'meeting'),
  'app/meetings/[slug]/accreditation/actions.ts#saveAccessZones': gated('badges', 'meeting'),
  'app/meetings/[slug]/check-in/actions.ts#checkInCode': gated('checkIn', 'meeting', 404),
  'app/meetings/[slug]/bilaterals/actions.ts#requestNewBilateral': gated('bilateral', 'forOwn'),
  'app/meetings/[slug]/bilaterals/actions.ts#answerBilateralRequest': gated('bilateral', 'owned', BILATERAL_STRANGERS),
  'app/meetings/[slug]/bilaterals/actions.ts#assignBilateralSlot': gated('assignBilateral', 'meeting'),
  'app/meetings/[slug]/bilaterals/actions.ts#saveBilateralRooms': gated('assignBilateral', 'meeting'),
  'app/meetings/[slug]/bilaterals/actions.ts#saveBilateralRules': gated('assignBilateral', 'meeting'),
  'app/meetings/[slug]/documents/new/actions.ts#previewNewDocument': gated('pen', 'meeting'),
  'app/meetings/[slug]/documents/new/actions.ts#createNewDocument': gated('pen', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#editParagraphText': gated('pen', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#addDocumentParagraph': gated('pen', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#moveDocumentParagraph': gated('pen', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#deleteDocumentParagraph': gated('pen', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#setStatusOfParagraph': gated('decide', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#setHoldersOfBracket': gated('pen', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#translateParagraphText': gated('translate', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#proposeParagraphAmendment': gated('amend', 'forOwn'),
  'app/meetings/[slug]/documents/[id]/actions.ts#supportParagraphAmendment': gated('amend', 'forOwn'),
  'app/meetings/[slug]/documents/[id]/actions.ts#withdrawParagraphAmendment': gated('amend', 'owned'),
  'app/meetings/[slug]/documents/[id]/actions.ts#decideParagraphAmendment': gated('decide', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#commentOnDocument': gated('comment', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#recordDelegationStance': gated('stance', 'forOwn'),
  'app/meetings/[slug]/documents/[id]/actions.ts#startSilenceProcedure': gated('silence', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#breakSilenceProcedure': gated('stance', 'forOwn'),
  'app/meetings/[slug]/documents/[id]/actions.ts#reopenAdoptedDocument': gated('silence', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#issueChairsTextNow': gated('silence', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#saveDocumentDistribution': gated('distribute', 'meeting'),
  'app/meetings/[slug]/documents/[id]/actions.ts#withdrawSilenceProcedure': gated('silence', 'meeting'),
  'app/meetings/[slug]/positions/actions.ts#createPositionStatement': gated('writePosition', 'forOwn'),
  'app/meetings/[slug]/positions/actions.ts#revisePositionStatement': gated('circulatePosition', 'owned'),
  'app/meetings/[slug]/positions/actions.ts#advancePositionStatement': gated('circulatePosition', 'owned', {
    secretariat: 403,
    translator: 404,
    otherHead: 404,
    otherStaff: 404,
  }),
};

export const isPublic = (entry: object): entry is Public => 'public' in entry;
export const isGated = (entry: object): entry is Gated => 'rule' in entry;
