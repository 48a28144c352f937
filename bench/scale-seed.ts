// The scale database of `npm run bench`: the Vancouver demo meeting grown to what a
// United Nations-wide meeting would hold (every UN member state as a delegation, 2,000
// accounts, a 300-paragraph text under 3,000 amendments, 5,000 position statements and
// 50,000 audit entries). Written in one transaction with bulk inserts, and with the demo's
// password hash reused, so that it takes seconds rather than minutes.
import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import * as t from '@/db/schema';
import { countryName } from '@/lib/domain/countries';
import { ACCREDITATION_VALUES, AMENDMENT_SUPPORT_VALUES } from '@/lib/domain/values';
import { pick, seededRandom, sentence } from './text';

export const SCALE = {
  delegations: 193,
  accounts: 2_000,
  paragraphs: 300,
  amendments: 3_000,
  positionStatements: 5_000,
  auditEntries: 50_000,
} as const;

/** The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code. */
export const UN_MEMBER_CODES = (
  'af al dz ad ao ag ar am au at az bs bh bd bb by be bz bj bt bo ba bw br bn bg bf bi cv kh cm ca ' +
  'cf td cl cn co km cg cr ci hr cu cy cz kp cd dk dj dm do ec eg sv gq er ee sz et fj fi fr ga gm ' +
  'ge de gh gr gd gt gn gw gy ht hn hu is in id ir iq ie il it jm jp jo kz ke ki kw kg la lv lb ls ' +
  'lr ly li lt lu mg mw my mv ml mt mh mr mu mx fm md mc mn me ma mz mm na nr np nl nz ni ne ng mk ' +
  'no om pk pw pa pg py pe ph pl pt qa kr ro ru rw kn lc vc ws sm st sa sn rs sc sl sg sk si sb so ' +
  'za ss es lk sd sr se ch sy tj th tl tg to tt tn tr tm tv ug ua ae gb tz us uy uz vu ve vn ye zm zw'
).split(' ');

/** Rows per multi-row insert: well under SQLite's limit on bound variables. */
const CHUNK = 400;

function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += CHUNK) insert(rows.slice(i, i + CHUNK));
}

const GIVEN = 'Amina Jonas Mei Carlos Ingrid Ravi Fatima Lukas Sofia Kwame Elena Tomás Aiko Omar Nadia Pieter'.split(' ');
const FAMILY = 'Okafor Lindqvist Tanaka Moreau Haddad Novak Silva Mensah Petrov Kaur Rossi Dubois Nakamura Costa Ahmed Berg'.split(' ');
const STAFF_FUNCTIONS = ['deputy', 'adviser', 'adviser', 'adviser', 'interpreter', 'press', 'security'] as const;

/**
 * Adds `howMany` position statements of one version each to the meeting, spread over its
 * participating delegations and agenda items, with every visibility. The search index is
 * filled by the database's own triggers, as when the app saves a statement.
 */
export function addPositionStatements(db: Db, howMany: number, next = seededRandom(2018)): void {
  const meeting = db.select({ id: t.meetings.id }).from(t.meetings).get()!;
  const delegations = participating(db);
  const items = db.select({ id: t.agendaItems.id }).from(t.agendaItems).where(eq(t.agendaItems.meetingId, meeting.id)).all();
  const visibilities = ['delegation', 'secretariat', 'circulated'] as const;
  const statements = Array.from({ length: howMany }, (_, n) => {
    const visibility = pick(next, visibilities);
    return {
      meetingId: meeting.id,
      delegationId: delegations[n % delegations.length].id,
      agendaItemId: next() < 0.2 ? null : pick(next, items).id,
      title: sentence(next, 6),
      visibility,
      sharedFromVersion: visibility === 'delegation' ? null : 1,
      circulatedFromVersion: visibility === 'circulated' ? 1 : null,
    };
  });
  // One transaction (a savepoint when the caller already holds one): thousands of
  // separate commits would each wait for the disk.
  db.$client.transaction(() => insertInChunks(statements, (chunk) => {
    const ids = db.insert(t.positionStatements).values(chunk).returning({ id: t.positionStatements.id }).all();
    const versions = ids.map(({ id }) => ({
      statementId: id,
      number: 1,
      body: Array.from({ length: 2 + Math.floor(next() * 3) }, () => sentence(next, 40 + Math.floor(next() * 60))).join('\n\n'),
    }));
    db.insert(t.positionVersions).values(versions).run();
  }))();
}

function participating(db: Db) {
  return db
    .select({ id: t.delegations.id, code: t.delegations.countryCode })
    .from(t.delegations)
    .where(inArray(t.delegations.participation, ['confirmed', 'attended']))
    .orderBy(t.delegations.id)
    .all();
}

const total = (db: Db, table: typeof t.users | typeof t.amendments | typeof t.positionStatements | typeof t.auditEntries) =>
  db.select({ n: count() }).from(table).get()!.n;

/**
 * Grows the demo meeting in `db` (seeded, nothing else written) to the SCALE figures, all
 * or nothing. The communiqué grown is the demo's first outcome document.
 */
export function growToScale(db: Db): void {
  const next = seededRandom(193);
  db.$client.transaction(() => {
    const meeting = db.select({ id: t.meetings.id, startsAt: t.meetings.startsAt }).from(t.meetings).get()!;
    const secretariat = db.select({ id: t.users.id, passwordHash: t.users.passwordHash }).from(t.users).where(eq(t.users.role, 'secretariat')).get()!;

    // Delegations: every UN member not yet invited, confirmed.
    const present = new Set(db.select({ code: t.delegations.countryCode }).from(t.delegations).all().map((d) => d.code));
    const newcomers = UN_MEMBER_CODES.filter((code) => !present.has(code));
    const added = db
      .insert(t.delegations)
      .values(newcomers.map((code) => ({ meetingId: meeting.id, countryCode: code, protocolName: countryName(code, 'en'), participation: 'confirmed' as const })))
      .returning({ id: t.delegations.id, code: t.delegations.countryCode })
      .all();

    // Accounts, each with its roster entry: a head for every new delegation, then staff
    // spread over all delegations. One password hash serves them all.
    const everyDelegation = db.select({ id: t.delegations.id, code: t.delegations.countryCode }).from(t.delegations).all();
    const accounts: (typeof t.users.$inferInsert)[] = added.map((d) => ({
      email: `${d.code}.head@bench.test`,
      name: `${pick(next, GIVEN)} ${pick(next, FAMILY)}`,
      passwordHash: secretariat.passwordHash,
      role: 'head' as const,
      delegationId: d.id,
    }));
    const staffNeeded = SCALE.accounts - total(db, t.users) - accounts.length;
    for (let n = 0; n < staffNeeded; n++) {
      const delegation = everyDelegation[n % everyDelegation.length];
      accounts.push({
        email: `${delegation.code}.staff${Math.floor(n / everyDelegation.length) + 1}@bench.test`,
        name: `${pick(next, GIVEN)} ${pick(next, FAMILY)}`,
        passwordHash: secretariat.passwordHash,
        role: 'staff',
        delegationId: delegation.id,
      });
    }
    insertInChunks(accounts, (chunk) => {
      db.insert(t.users).values(chunk).run();
      db.insert(t.rosterMembers)
        .values(
          chunk.map((a, i) => ({
            delegationId: a.delegationId!,
            fullName: a.name,
            title: a.role === 'head' ? 'Minister for Foreign Affairs' : 'Delegate',
            function: a.role === 'head' ? ('head' as const) : STAFF_FUNCTIONS[i % STAFF_FUNCTIONS.length],
            email: a.email,
            accreditation: pick(next, ACCREDITATION_VALUES),
          })),
        )
        .run();
    });

    // The communiqué: operative paragraphs up to SCALE.paragraphs, every tenth one with a
    // bracket held by two delegations.
    const document = db.select({ id: t.outcomeDocuments.id }).from(t.outcomeDocuments).where(eq(t.outcomeDocuments.meetingId, meeting.id)).orderBy(t.outcomeDocuments.id).get()!;
    const existing = db.select({ n: count() }).from(t.paragraphs).where(eq(t.paragraphs.documentId, document.id)).get()!.n;
    const delegates = participating(db);
    const newParagraphs = Array.from({ length: SCALE.paragraphs - existing }, (_, i) => {
      const bracketed = i % 10 === 0;
      const text = bracketed
        ? `${sentence(next, 20).slice(0, -1)} [${sentence(next, 4).slice(0, -1)} / ${sentence(next, 4).slice(0, -1)}] ${sentence(next, 12)}`
        : sentence(next, 30 + Math.floor(next() * 40));
      return { documentId: document.id, position: existing + i + 1, kind: 'operative' as const, text, status: bracketed ? ('bracketed' as const) : pick(next, ['draft', 'agreed_ad_ref', 'agreed'] as const) };
    });
    insertInChunks(newParagraphs, (chunk) => {
      const ids = db.insert(t.paragraphs).values(chunk).returning({ id: t.paragraphs.id }).all();
      db.insert(t.revisions)
        .values(ids.map(({ id }, i) => ({ documentId: document.id, paragraphId: id, number: 1, kind: 'create' as const, textAfter: chunk[i].text, authorUserId: secretariat.id })))
        .run();
      const holders = ids.flatMap(({ id }, i) =>
        chunk[i].status === 'bracketed' ? [0, 1].map((k) => ({ paragraphId: id, bracketIndex: 0, delegationId: delegates[(id * 7 + k * 31) % delegates.length].id })) : [],
      );
      if (holders.length) db.insert(t.bracketHolders).values(holders).run();
    });

    // Amendments over every paragraph and delegation: four in ten open (with supporters),
    // the rest rejected or withdrawn, as in a long negotiation.
    const paragraphs = db.select({ id: t.paragraphs.id, text: t.paragraphs.text }).from(t.paragraphs).where(eq(t.paragraphs.documentId, document.id)).all();
    const staffOf = new Map<number, number>();
    for (const u of db.select({ id: t.users.id, delegationId: t.users.delegationId }).from(t.users).where(eq(t.users.role, 'staff')).all()) {
      if (u.delegationId !== null && !staffOf.has(u.delegationId)) staffOf.set(u.delegationId, u.id);
    }
    const amendmentRows = Array.from({ length: SCALE.amendments - total(db, t.amendments) }, (_, n) => {
      const paragraph = paragraphs[n % paragraphs.length];
      const delegation = delegates[(n * 13) % delegates.length];
      const action = pick(next, ['replace', 'replace', 'replace', 'insert_after', 'delete'] as const);
      const status = pick(next, ['open', 'open', 'open', 'open', 'rejected', 'rejected', 'rejected', 'withdrawn', 'withdrawn', 'withdrawn'] as const);
      return {
        paragraphId: paragraph.id,
        delegationId: delegation.id,
        proposedByUserId: staffOf.get(delegation.id) ?? null,
        action,
        proposedText: action === 'delete' ? '' : sentence(next, 25 + Math.floor(next() * 30)),
        rationale: sentence(next, 12),
        status,
        baseParagraphVersion: 1,
        baseText: paragraph.text,
        decidedByUserId: status === 'rejected' ? secretariat.id : null,
        decidedAt: status === 'rejected' ? new Date(meeting.startsAt.getTime() + n * 1000) : null,
        decisionReason: status === 'rejected' ? sentence(next, 8) : null,
      };
    });
    insertInChunks(amendmentRows, (chunk) => {
      const ids = db.insert(t.amendments).values(chunk).returning({ id: t.amendments.id, delegationId: t.amendments.delegationId, status: t.amendments.status }).all();
      const supports = ids.flatMap((a) => {
        if (a.status !== 'open') return [];
        const others = Array.from({ length: Math.floor(next() * 4) }, (_, k) => delegates[(a.id * 17 + k * 41) % delegates.length].id);
        return [...new Set(others)].filter((id) => id !== a.delegationId).map((delegationId) => ({ amendmentId: a.id, delegationId, kind: pick(next, AMENDMENT_SUPPORT_VALUES) }));
      });
      if (supports.length) db.insert(t.amendmentSupports).values(supports).run();
    });

    addPositionStatements(db, SCALE.positionStatements - total(db, t.positionStatements), next);

    // The audit log of a long meeting: entries by every kind of account, over the days before it.
    const actors = db.select({ id: t.users.id, delegationId: t.users.delegationId }).from(t.users).all();
    const facts = [
      ['propose_amendment', 'amendment'],
      ['comment', 'comment'],
      ['save_position', 'position_statement'],
      ['edit_roster_member', 'roster_member'],
      ['support_amendment', 'amendment'],
      ['reject_amendment', 'amendment'],
    ] as const;
    const start = meeting.startsAt.getTime() - 14 * 24 * 3600_000;
    const audit = Array.from({ length: SCALE.auditEntries - total(db, t.auditEntries) }, (_, n) => {
      const actor = pick(next, actors);
      const [action, recordType] = pick(next, facts);
      return {
        at: new Date(start + n * 20_000),
        actorUserId: actor.id,
        actorDelegationId: actor.delegationId,
        meetingId: meeting.id,
        action,
        recordType,
        recordId: String(1 + Math.floor(next() * 3000)),
        outcome: next() < 0.02 ? ('denied' as const) : ('done' as const),
        before: { text: sentence(next, 8) },
        after: { text: sentence(next, 8) },
      };
    });
    insertInChunks(audit, (chunk) => db.insert(t.auditEntries).values(chunk).run());
  }).immediate();
}

/** What the scale database holds, counted from the database itself (for the report). */
export function countScale(db: Db, documentId: number) {
  return {
    delegations: db.select({ n: count() }).from(t.delegations).get()!.n,
    accounts: total(db, t.users),
    paragraphs: db.select({ n: count() }).from(t.paragraphs).where(eq(t.paragraphs.documentId, documentId)).get()!.n,
    amendments: total(db, t.amendments),
    positionStatements: total(db, t.positionStatements),
    auditEntries: total(db, t.auditEntries),
  };
}
