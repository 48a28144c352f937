import { count, eq } from 'drizzle-orm';
import { translationProblem, translationState } from '@/lib/domain/translation-state';
import { describe, expect, it } from 'vitest';
import { demoDatabase } from '@/test/database';
import * as t from '../schema';
import { vancouverMeeting } from './demo-data';
import { DEMO_DOOR_EMAIL, DEMO_SECRETARIAT_EMAIL, DEMO_TRANSLATOR_EMAIL, demoEmail, listDemoSignIns, seedDemoIfEmpty } from './demo';

const ATTENDING = ['au', 'be', 'ca', 'co', 'dk', 'fr', 'gb', 'gr', 'in', 'it', 'jp', 'kr', 'nl', 'no', 'nz', 'ph', 'se', 'th', 'tr', 'us'];

describe('the Vancouver demo seed', () => {
  it('holds the 20 participating and 3 invited states, co-chaired by Canada and the United States', async () => {
    const db = await demoDatabase();
    const delegations = db.select().from(t.delegations).all();
    expect(delegations).toHaveLength(23);
    expect(delegations.filter((d) => d.participation === 'attended').map((d) => d.countryCode).sort()).toEqual(ATTENDING);
    expect(delegations.filter((d) => d.participation !== 'attended').map((d) => d.countryCode).sort()).toEqual(['et', 'lu', 'za']);
    expect(delegations.filter((d) => d.role === 'co_chair').map((d) => d.countryCode).sort()).toEqual(['ca', 'us']);
  });

  it('gives every delegation a roster with exactly one head, and a head and a staff account', async () => {
    const db = await demoDatabase();
    for (const delegation of db.select().from(t.delegations).all()) {
      const members = db.select().from(t.rosterMembers).where(eq(t.rosterMembers.delegationId, delegation.id)).all();
      expect(members.filter((m) => m.function === 'head'), delegation.countryCode).toHaveLength(1);
      const accounts = db.select().from(t.users).where(eq(t.users.delegationId, delegation.id)).all();
      expect(accounts.map((a) => a.email).sort()).toEqual(
        [demoEmail(delegation.countryCode, 'head'), demoEmail(delegation.countryCode, 'staff')].sort(),
      );
    }
    expect(listDemoSignIns(db)).toContain(DEMO_SECRETARIAT_EMAIL);
    expect(listDemoSignIns(db)).toContain(DEMO_TRANSLATOR_EMAIL);
    expect(listDemoSignIns(db)).toContain(DEMO_DOOR_EMAIL);
    expect(listDemoSignIns(db)).toHaveLength(3 + 23 * 2);
  });

  it('keeps the summary in French too: every paragraph translated from its text as it stands, brackets and all', async () => {
    const db = await demoDatabase();
    const rows = db
      .select({ text: t.paragraphs.text, french: t.paragraphTranslations.text, from: t.paragraphTranslations.sourceText, language: t.paragraphTranslations.language })
      .from(t.paragraphs)
      .leftJoin(t.paragraphTranslations, eq(t.paragraphTranslations.paragraphId, t.paragraphs.id))
      .all();
    expect(rows.length).toBe(vancouverMeeting.documents[0].paragraphs.length);
    for (const row of rows) {
      expect(row.language, row.text).toBe('fr');
      expect(translationState(row.text, row.from === null ? null : { sourceText: row.from })).toBe('current');
      expect(translationProblem(row.text, row.french!), row.french!).toBeNull();
    }
  });

  it('keeps Latin Extended names intact', async () => {
    const db = await demoDatabase();
    const names = db.select({ name: t.rosterMembers.fullName }).from(t.rosterMembers).all().map((r) => r.name);
    expect(names).toContain('Mevlüt Çavuşoğlu');
    expect(names).toContain('Ine Eriksen Søreide');
  });

  it('has the programme, positions at every visibility and a draft summary that exercises the drafting features', async () => {
    const db = await demoDatabase();
    expect(db.select({ n: count() }).from(t.agendaItems).get()?.n).toBe(vancouverMeeting.agenda.length);
    const visibilities = new Set(db.select({ v: t.positionStatements.visibility }).from(t.positionStatements).all().map((r) => r.v));
    expect([...visibilities].sort()).toEqual(['circulated', 'delegation', 'secretariat']);
    const statuses = new Set(db.select({ s: t.paragraphs.status }).from(t.paragraphs).all().map((r) => r.s));
    expect(statuses).toEqual(new Set(['draft', 'bracketed', 'agreed_ad_ref', 'agreed']));
    expect(db.select({ n: count() }).from(t.amendments).where(eq(t.amendments.status, 'open')).get()?.n).toBeGreaterThan(0);
    expect(db.select({ n: count() }).from(t.bracketHolders).get()?.n).toBeGreaterThan(0);
    expect(db.select({ n: count() }).from(t.stances).get()?.n).toBeGreaterThan(0);
  });

  it('dates every record on the meeting’s own days in Vancouver, never on the day the database was made', async () => {
    const db = await demoDatabase();
    const first = Date.parse('2018-01-15T00:00:00-08:00');
    const last = Date.parse('2018-01-17T00:00:00-08:00');
    const dated = db
      .$client.prepare(
        `select m.name tableName, c.name columnName from sqlite_master m join pragma_table_info(m.name) c
         where m.type = 'table' and m.name not glob '_*' and (c.name = 'at' or c.name glob '*_at')`,
      )
      .all() as { tableName: string; columnName: string }[];
    expect(dated.length).toBeGreaterThan(20);
    // Travel dates are the people's own (some arrive the day before); every other date is a record's.
    for (const { tableName, columnName } of dated.filter((c) => c.columnName !== 'arrival_at' && c.columnName !== 'departure_at')) {
      const outside = db.$client
        .prepare(`select count(*) n from "${tableName}" where "${columnName}" is not null and ("${columnName}" < ? or "${columnName}" >= ?)`)
        .get(first, last) as { n: number };
      expect(outside.n, `${tableName}.${columnName}`).toBe(0);
    }
    // Circulated as the sessions open: Japan's first statement at 09:40 in Vancouver.
    const japan = db
      .select({ at: t.positionStatements.circulatedAt })
      .from(t.positionStatements)
      .innerJoin(t.delegations, eq(t.delegations.id, t.positionStatements.delegationId))
      .where(eq(t.delegations.countryCode, 'jp'))
      .orderBy(t.positionStatements.id)
      .get();
    expect(japan?.at?.toISOString()).toBe('2018-01-16T17:40:00.000Z');
  });

  it('is idempotent: a second run changes nothing', async () => {
    const db = await demoDatabase();
    const before = db.select({ n: count() }).from(t.users).get()?.n;
    expect(await seedDemoIfEmpty(db)).toBe(false);
    expect(db.select({ n: count() }).from(t.users).get()?.n).toBe(before);
    expect(db.select({ n: count() }).from(t.meetings).get()?.n).toBe(1);
  });
});
