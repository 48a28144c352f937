import 'server-only';
import { count, eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/platform/password';
import { newBadgeTicket } from '@/lib/platform/accreditation/badge-ticket';
import { categoryForFunction, type BadgeCategory } from '@/lib/domain/accreditation/categories';
import type { Db } from '../client';
import * as t from '../schema';
import type { DemoAuthor, DemoMeeting, DemoTimeline } from './demo-types';
import { vancouverMeeting } from './demo-data';

export const DEMO_PASSWORD = 'vancouver-2018';
export const DEMO_SECRETARIAT_EMAIL = 'secretariat@vancouver.test';
export const DEMO_TRANSLATOR_EMAIL = 'translator@vancouver.test';
export const DEMO_DOOR_EMAIL = 'door@vancouver.test';

/** The venue's parts a badge opens, as the host's security plan draws them. */
const DEMO_ZONES: { name: string; categories: BadgeCategory[] }[] = [
  { name: 'Plenary', categories: ['head_of_delegation', 'delegate', 'adviser', 'support'] },
  { name: 'Bilateral rooms', categories: ['head_of_delegation', 'delegate', 'adviser', 'security', 'support'] },
  { name: 'Press centre', categories: ['head_of_delegation', 'press', 'support'] },
  { name: 'VIP lounge', categories: ['head_of_delegation', 'security'] },
];

/** The rooms the host keeps for bilaterals beside the plenary. */
const DEMO_BILATERAL_ROOMS = [
  { name: 'Salon A', capacity: 12, interpretation: true, equipment: 'Video link' },
  { name: 'Salon B', capacity: 8, interpretation: false, equipment: '' },
  { name: 'Library', capacity: 6, interpretation: false, equipment: '' },
];

/**
 * Two bilaterals on the margins, on the meeting's clock (Vancouver, UTC-8): one booked before
 * the opening plenary, one still waiting for an answer over the working lunch.
 */
const DEMO_BILATERALS = [
  {
    requester: 'jp',
    invited: ['kr'],
    level: 'ministers' as const,
    topic: 'Coordinating the two governments ahead of the Winter Games and on enforcing the sanctions.',
    minutes: 45,
    window: ['2018-01-16T07:00:00-08:00', '2018-01-16T08:30:00-08:00'],
    booked: { room: 'Salon A', startsAt: '2018-01-16T07:30:00-08:00', endsAt: '2018-01-16T08:15:00-08:00' },
  },
  {
    requester: 'au',
    invited: ['in'],
    level: 'senior_officials' as const,
    topic: 'Sharing maritime surveillance of ship-to-ship transfers in the Indian Ocean.',
    minutes: 30,
    window: ['2018-01-16T12:30:00-08:00', '2018-01-16T14:00:00-08:00'],
    booked: null,
  },
];

/** `<cc>.head@vancouver.test` or `<cc>.staff@vancouver.test`. */
export function demoEmail(code: string, role: 'head' | 'staff'): string {
  return `${code}.${role}@vancouver.test`;
}

/**
 * Writes the Vancouver demo meeting and its accounts into `db` when the database holds no
 * meeting yet; otherwise does nothing. Returns whether it wrote. All or nothing: one
 * transaction.
 */
export async function seedDemoIfEmpty(db: Db, meeting: DemoMeeting = vancouverMeeting) {
  if (hasAnyMeeting(db)) return false;
  // Every demo account shares one password, so one argon2id hash serves them all and
  // start-up does not spend seconds hashing the same password forty times.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$client.transaction(() => {
    if (hasAnyMeeting(db)) return false;
    writeDemoMeeting(db, meeting, passwordHash);
    return true;
  }).immediate();
}

function hasAnyMeeting(db: Db): boolean {
  return (db.select({ n: count() }).from(t.meetings).get()?.n ?? 0) > 0;
}

const instant = (iso: string) => new Date(iso);

function writeDemoMeeting(db: Db, demo: DemoMeeting, passwordHash: string): void {
  // Every record is dated on the meeting's own days, never on the day the database was made.
  const at = (run: Exclude<keyof DemoTimeline, 'stepMinutes'>, index = 0) =>
    new Date(instant(demo.timeline[run]).getTime() + index * demo.timeline.stepMinutes * 60_000);
  const setUp = at('setUp');
  const meeting = db
    .insert(t.meetings)
    .values({
      slug: demo.slug,
      title: demo.title,
      shortTitle: demo.shortTitle,
      documentCode: demo.documentCode,
      venue: demo.venue,
      city: demo.city,
      timeZone: demo.timeZone,
      startsAt: instant(demo.startsAt),
      endsAt: instant(demo.endsAt),
      status: 'in_session',
      // Canada and the United States hosted and co-chaired it.
      hostStates: demo.delegations.filter((d) => d.role === 'co_chair').map((d) => d.code),
      workingLanguages: ['en', 'fr'],
      createdAt: setUp,
    })
    .returning({ id: t.meetings.id })
    .get();

  const delegationIds = new Map<string, number>();
  const accountIds = new Map<DemoAuthor, number>();
  const secretariat = db
    .insert(t.users)
    .values({
      email: DEMO_SECRETARIAT_EMAIL,
      name: 'Secretariat Duty Officer',
      passwordHash,
      role: 'secretariat',
      isDemo: true,
      createdAt: setUp,
    })
    .returning({ id: t.users.id })
    .get();
  accountIds.set('secretariat', secretariat.id);
  db.insert(t.meetingSecretariat).values({ meetingId: meeting.id, userId: secretariat.id, createdAt: setUp }).run();

  for (const delegation of demo.delegations) {
    const { id } = db
      .insert(t.delegations)
      .values({
        meetingId: meeting.id,
        countryCode: delegation.code,
        protocolName: delegation.protocolName,
        role: delegation.role,
        participation: delegation.participation,
        createdAt: setUp,
      })
      .returning({ id: t.delegations.id })
      .get();
    delegationIds.set(delegation.code, id);

    for (const member of delegation.roster) {
      const { id: memberId } = db
        .insert(t.rosterMembers)
        .values({
          delegationId: id,
          fullName: member.fullName,
          title: member.title,
          function: member.function,
          email: member.email ?? null,
          accreditation: member.accreditation,
          category: categoryForFunction(member.function),
          arrivalAt: member.arrival ? instant(member.arrival) : null,
          departureAt: member.departure ? instant(member.departure) : null,
          createdAt: setUp,
        })
        .returning({ id: t.rosterMembers.id })
        .get();
      if (member.accreditation === 'badge_issued') {
        db.insert(t.badges).values({ memberId, ticket: newBadgeTicket(), issuedAt: setUp }).run();
      }
    }

    const head = delegation.roster.find((m) => m.function === 'head');
    const adviser = delegation.roster.find((m) => m.function === 'adviser');
    for (const [role, person] of [
      ['head', head],
      ['staff', adviser],
    ] as const) {
      const user = db
        .insert(t.users)
        .values({
          email: demoEmail(delegation.code, role),
          name: person?.fullName ?? `${delegation.protocolName} ${role}`,
          passwordHash,
          role,
          delegationId: id,
          isDemo: true,
          createdAt: setUp,
        })
        .returning({ id: t.users.id })
        .get();
      accountIds.set(`${delegation.code}.${role}`, user.id);
    }
  }

  const delegationId = (code: string) => {
    const id = delegationIds.get(code);
    if (id === undefined) throw new Error(`demo data names unknown delegation "${code}"`);
    return id;
  };
  const accountId = (author: DemoAuthor) => {
    const id = accountIds.get(author);
    if (id === undefined) throw new Error(`demo data names unknown account "${author}"`);
    return id;
  };

  const agendaIds = new Map<string, number>();
  demo.agenda.forEach((item, index) => {
    const { id } = db
      .insert(t.agendaItems)
      .values({
        meetingId: meeting.id,
        position: index + 1,
        title: item.title,
        description: item.description,
        kind: item.kind,
        startsAt: instant(item.startsAt),
        endsAt: instant(item.endsAt),
        location: item.location,
        chair: item.chair,
        publishedAt: at('agendaPublished'),
        createdAt: setUp,
      })
      .returning({ id: t.agendaItems.id })
      .get();
    agendaIds.set(item.key, id);
    item.speakers.forEach((code, place) => {
      db.insert(t.agendaSpeakers)
        .values({
          agendaItemId: id,
          delegationId: delegationId(code),
          position: place + 1,
          status: 'accepted',
          createdAt: setUp,
        })
        .run();
    });
  });

  const positionIds = new Map<string, number>();
  let circulatedSoFar = 0;
  for (const [index, position] of demo.positions.entries()) {
    const agendaItemId = position.agendaItem === null ? null : agendaIds.get(position.agendaItem);
    if (agendaItemId === undefined) {
      throw new Error(`demo position names unknown agenda item "${position.agendaItem}"`);
    }
    const circulated = position.visibility === 'circulated';
    // Every demo version was already readable at its step: version 1 onwards.
    const shared = position.visibility !== 'delegation';
    const written = at('statementsWritten', index);
    const circulatedAt = circulated ? at('statementsCirculated', circulatedSoFar++) : null;
    const { id } = db
      .insert(t.positionStatements)
      .values({
        meetingId: meeting.id,
        delegationId: delegationId(position.delegation),
        agendaItemId,
        title: position.title,
        visibility: position.visibility,
        circulatedByUserId: circulated ? accountId(`${position.delegation}.head`) : null,
        circulatedAt,
        sharedFromVersion: shared ? 1 : null,
        circulatedFromVersion: circulated ? 1 : null,
        version: position.versions.length,
        createdAt: written,
      })
      .returning({ id: t.positionStatements.id })
      .get();
    positionIds.set(`${position.delegation}:${position.agendaItem}`, id);
    // Version 1 was circulated: the later ones follow it, one step apart.
    const step = demo.timeline.stepMinutes * 60_000;
    position.versions.forEach((body, index) => {
      db.insert(t.positionVersions)
        .values({
          statementId: id,
          number: index + 1,
          body,
          authorUserId: accountId(`${position.delegation}.staff`),
          createdAt: index === 0 ? written : new Date((circulatedAt ?? written).getTime() + index * step),
        })
        .run();
    });
  }

  for (const [index, document] of demo.documents.entries()) {
    const { id: documentId } = db
      .insert(t.outcomeDocuments)
      .values({ meetingId: meeting.id, number: index + 1, kind: document.kind, title: document.title, createdAt: at('draftWritten') })
      .returning({ id: t.outcomeDocuments.id })
      .get();

    const paragraphIds = new Map<string, number>();
    document.paragraphs.forEach((paragraph, index) => {
      const { id } = db
        .insert(t.paragraphs)
        .values({
          documentId,
          position: index + 1,
          kind: paragraph.kind,
          text: paragraph.text,
          status: paragraph.status,
          createdAt: at('draftWritten'),
        })
        .returning({ id: t.paragraphs.id })
        .get();
      paragraphIds.set(paragraph.key, id);
      db.insert(t.paragraphTranslations)
        .values({ paragraphId: id, language: 'fr', text: paragraph.french, sourceText: paragraph.text, translatedByUserId: secretariat.id, updatedAt: at('draftWritten') })
        .run();
      db.insert(t.revisions)
        .values({
          documentId,
          paragraphId: id,
          number: 1,
          kind: 'create',
          textAfter: paragraph.text,
          authorUserId: secretariat.id,
          createdAt: at('draftWritten'),
        })
        .run();
      (paragraph.bracketHolders ?? []).forEach((holders, bracketIndex) => {
        for (const code of holders) {
          db.insert(t.bracketHolders)
            .values({ paragraphId: id, bracketIndex, delegationId: delegationId(code) })
            .run();
        }
      });
    });
    const paragraphId = (key: string) => {
      const id = paragraphIds.get(key);
      if (id === undefined) throw new Error(`demo data names unknown paragraph "${key}"`);
      return id;
    };

    for (const [index, amendment] of document.amendments.entries()) {
      const proposed = at('amendmentsProposed', index);
      const { id } = db
        .insert(t.amendments)
        .values({
          paragraphId: paragraphId(amendment.paragraph),
          delegationId: delegationId(amendment.delegation),
          proposedByUserId: accountId(`${amendment.delegation}.staff`),
          action: amendment.action,
          proposedText: amendment.proposedText,
          rationale: amendment.rationale,
          positionStatementId: positionIds.get(`${amendment.delegation}:null`) ?? null,
          baseParagraphVersion: 1,
          baseText: document.paragraphs.find((p) => p.key === amendment.paragraph)?.text ?? '',
          createdAt: proposed,
        })
        .returning({ id: t.amendments.id })
        .get();
      for (const [kind, codes] of [
        ['cosponsor', amendment.cosponsors],
        ['oppose', amendment.opponents],
      ] as const) {
        for (const code of codes) {
          db.insert(t.amendmentSupports)
            .values({ amendmentId: id, delegationId: delegationId(code), kind, createdAt: proposed })
            .run();
        }
      }
    }

    for (const [index, comment] of document.comments.entries()) {
      db.insert(t.comments)
        .values({
          documentId,
          paragraphId: paragraphId(comment.paragraph),
          authorUserId: accountId(comment.author),
          body: comment.body,
          createdAt: at('commentsWritten', index),
        })
        .run();
    }

    for (const [index, stance] of document.stances.entries()) {
      db.insert(t.stances)
        .values({
          documentId,
          delegationId: delegationId(stance.delegation),
          kind: stance.kind,
          text: stance.text,
          revision: 1,
          recordedByUserId: accountId(`${stance.delegation}.head`),
          recordedAt: at('stancesRecorded', index),
        })
        .run();
    }
  }

  // Made last, so that the accounts before it keep the ids they had before translators existed.
  // The host's translator keeps the French version of the text (issue 22's narrower role).
  const translator = db
    .insert(t.users)
    .values({ email: DEMO_TRANSLATOR_EMAIL, name: 'Translation Duty Officer', passwordHash, role: 'translator', isDemo: true, createdAt: setUp })
    .returning({ id: t.users.id })
    .get();
  db.insert(t.meetingSecretariat).values({ meetingId: meeting.id, userId: translator.id, createdAt: setUp }).run();
  // Security at the entrance checks badges in and sees nothing else (issue 23).
  const door = db
    .insert(t.users)
    .values({ email: DEMO_DOOR_EMAIL, name: 'Entrance Security', passwordHash, role: 'door', isDemo: true, createdAt: setUp })
    .returning({ id: t.users.id })
    .get();
  db.insert(t.meetingSecretariat).values({ meetingId: meeting.id, userId: door.id, createdAt: setUp }).run();
  DEMO_ZONES.forEach((zone, position) => {
    const { id: zoneId } = db.insert(t.accessZones).values({ meetingId: meeting.id, name: zone.name, position }).returning({ id: t.accessZones.id }).get();
    for (const category of zone.categories) db.insert(t.zoneCategories).values({ zoneId, category }).run();
  });
  const roomIds = new Map(
    DEMO_BILATERAL_ROOMS.map((room, position) => [
      room.name,
      db.insert(t.bilateralRooms).values({ ...room, meetingId: meeting.id, position }).returning({ id: t.bilateralRooms.id }).get().id,
    ]),
  );
  for (const bilateral of DEMO_BILATERALS) {
    const { booked } = bilateral;
    const { id } = db
      .insert(t.bilaterals)
      .values({
        meetingId: meeting.id,
        requesterId: delegationId(bilateral.requester),
        level: bilateral.level,
        topic: bilateral.topic,
        minutes: bilateral.minutes,
        roomId: booked ? roomIds.get(booked.room)! : null,
        startsAt: booked ? new Date(booked.startsAt) : null,
        endsAt: booked ? new Date(booked.endsAt) : null,
        createdAt: setUp,
      })
      .returning({ id: t.bilaterals.id })
      .get();
    db.insert(t.bilateralParties)
      .values([
        { bilateralId: id, delegationId: delegationId(bilateral.requester), answer: 'accepted' as const },
        ...bilateral.invited.map((code) => ({ bilateralId: id, delegationId: delegationId(code), answer: booked ? ('accepted' as const) : ('pending' as const) })),
      ])
      .run();
    db.insert(t.bilateralWindows).values({ bilateralId: id, startsAt: new Date(bilateral.window[0]), endsAt: new Date(bilateral.window[1]) }).run();
  }

  db.insert(t.auditEntries)
    .values({
      at: setUp,
      meetingId: meeting.id,
      action: 'seed_demo_meeting',
      recordType: 'meeting',
      recordId: String(meeting.id),
      after: { slug: demo.slug, delegations: demo.delegations.length },
    })
    .run();
}

/** The demo sign-ins, for `npm start` to print: only accounts the demo seed created. */
export function listDemoSignIns(db: Db): string[] {
  return db
    .select({ email: t.users.email })
    .from(t.users)
    .where(eq(t.users.isDemo, true))
    .orderBy(t.users.id)
    .all()
    .map((u) => u.email);
}
