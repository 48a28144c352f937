import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoDatabase } from '@/test/database';
import * as t from '../schema';
import { vancouverMeeting } from './demo-data';
import { DEMO_SECRETARIAT_EMAIL, demoEmail, listDemoSignIns, seedDemoIfEmpty } from './demo';

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
    expect(listDemoSignIns(db)).toHaveLength(1 + 23 * 2);
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

  it('is idempotent: a second run changes nothing', async () => {
    const db = await demoDatabase();
    const before = db.select({ n: count() }).from(t.users).get()?.n;
    expect(await seedDemoIfEmpty(db)).toBe(false);
    expect(db.select({ n: count() }).from(t.users).get()?.n).toBe(before);
    expect(db.select({ n: count() }).from(t.meetings).get()?.n).toBe(1);
  });
});
