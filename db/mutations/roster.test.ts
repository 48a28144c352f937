import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import type { RosterMemberInput } from '@/lib/domain/roster-member';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { RuleViolation, VersionConflict } from '../errors';
import { getRoster, listParticipants } from '../queries/delegations';
import { getMeeting } from '../queries/meetings';
import { auditEntries, rosterMembers } from '../schema';
import { addRosterMember, importRosterMembers, removeRosterMember, updateRosterMember } from './roster';

const SLUG = 'vancouver-2018';

const person = (fullName: string, fn: RosterMemberInput['function'] = 'adviser'): RosterMemberInput => ({
  fullName,
  title: 'Adviser',
  function: fn,
  email: null,
  arrivalAt: null,
  departureAt: null,
});

const memberOf = (code: string, fn: string) => {
  const viewer = viewerFor('secretariat@vancouver.test');
  const roster = getRoster(viewer, getMeeting(viewer, SLUG), code);
  const member = roster.members.find((m) => m.function === fn)!;
  return getDb().select().from(rosterMembers).where(eq(rosterMembers.id, member.id)).get()!;
};

const audit = (action: string, outcome: 'done' | 'denied' = 'done') =>
  getDb().select().from(auditEntries).where(and(eq(auditEntries.action, action), eq(auditEntries.outcome, outcome))).all();

describe('editing rosters', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it("lets a delegation's staff add, edit and remove its own members, auditing each change", () => {
    const staff = viewerFor('be.staff@vancouver.test');
    const meeting = getMeeting(staff, SLUG);
    const id = addRosterMember(staff, meeting, 'be', person('Anneke Van der Straeten'));
    const added = getDb().select().from(rosterMembers).where(eq(rosterMembers.id, id)).get()!;
    expect(added.accreditation).toBe('requested');
    updateRosterMember(staff, meeting, 'be', id, added.version, { ...person('Anneke Van der Straeten'), title: 'Senior Adviser' });
    expect(getDb().select().from(rosterMembers).where(eq(rosterMembers.id, id)).get()?.title).toBe('Senior Adviser');
    removeRosterMember(staff, meeting, 'be', id);
    expect(getDb().select().from(rosterMembers).where(eq(rosterMembers.id, id)).get()).toBeUndefined();

    const [create] = audit('add_roster_member');
    expect(create).toMatchObject({ actorUserId: staff.userId, recordId: String(id) });
    const [edit] = audit('update_roster_member');
    expect(edit.before).toMatchObject({ title: 'Adviser', version: 1 });
    expect(edit.after).toMatchObject({ title: 'Senior Adviser', version: 2 });
    expect(audit('remove_roster_member')[0].before).toMatchObject({ fullName: 'Anneke Van der Straeten' });
  });

  it("refuses another delegation's roster with 403, changes nothing and logs the refusal", () => {
    const staff = viewerFor('be.staff@vancouver.test');
    const meeting = getMeeting(staff, SLUG);
    const dutchAdviser = memberOf('nl', 'adviser');
    const attempts = [
      () => addRosterMember(staff, meeting, 'nl', person('Intruder')),
      () => updateRosterMember(staff, meeting, 'nl', dutchAdviser.id, dutchAdviser.version, person('Changed')),
      // Naming its own delegation does not help: the member is checked against it.
      () => updateRosterMember(staff, meeting, 'be', dutchAdviser.id, dutchAdviser.version, person('Changed')),
      () => removeRosterMember(staff, meeting, 'nl', dutchAdviser.id),
    ];
    const statuses = attempts.map((attempt) => {
      try {
        attempt();
      } catch (error) {
        expect(error).toBeInstanceOf(AccessDenied);
        return (error as AccessDenied).status;
      }
      return 200;
    });
    expect(statuses).toEqual([403, 403, 404, 403]);
    expect(memberOf('nl', 'adviser')).toEqual(dutchAdviser);
    const refusals = getDb().select().from(auditEntries).where(eq(auditEntries.outcome, 'denied')).all();
    expect(refusals.map((r) => r.action)).toEqual(['add_roster_member', 'update_roster_member', 'update_roster_member', 'remove_roster_member']);
    expect(refusals.every((r) => r.actorUserId === staff.userId)).toBe(true);
  });

  it('keeps accreditation for the secretariat to decide', () => {
    const staff = viewerFor('be.staff@vancouver.test');
    const secretariat = viewerFor('secretariat@vancouver.test');
    const meeting = getMeeting(staff, SLUG);
    const id = addRosterMember(staff, meeting, 'be', person('Lotte Peeters'));
    expect(() => updateRosterMember(staff, meeting, 'be', id, 1, { ...person('Lotte Peeters'), accreditation: 'approved' })).toThrow(AccessDenied);
    updateRosterMember(secretariat, meeting, 'be', id, 1, { ...person('Lotte Peeters'), accreditation: 'approved' });
    // The delegation edits other details and leaves the approval as it is.
    updateRosterMember(staff, meeting, 'be', id, 2, { ...person('Lotte Peeters'), title: 'Counsellor' });
    expect(getDb().select().from(rosterMembers).where(eq(rosterMembers.id, id)).get()?.accreditation).toBe('approved');
  });

  it('allows one head of delegation: a second is a clear error and nothing changes', () => {
    const head = viewerFor('be.head@vancouver.test');
    const meeting = getMeeting(head, SLUG);
    const before = getRoster(head, meeting, 'be').members.length;
    expect(() => addRosterMember(head, meeting, 'be', person('Second Head', 'head'))).toThrow(new RuleViolation('oneHead', 'function'));
    const adviser = memberOf('be', 'adviser');
    expect(() => updateRosterMember(head, meeting, 'be', adviser.id, adviser.version, { ...person(adviser.fullName), function: 'head' })).toThrow(RuleViolation);
    expect(getRoster(head, meeting, 'be').members.length).toBe(before);
    expect(memberOf('be', 'adviser').function).toBe('adviser');
  });

  it('refuses a stale edit with the member as it is now', () => {
    const staff = viewerFor('be.staff@vancouver.test');
    const meeting = getMeeting(staff, SLUG);
    const adviser = memberOf('be', 'adviser');
    updateRosterMember(staff, meeting, 'be', adviser.id, adviser.version, { ...person(adviser.fullName), title: 'First edit' });
    let conflict: unknown;
    try {
      updateRosterMember(staff, meeting, 'be', adviser.id, adviser.version, { ...person(adviser.fullName), title: 'Second edit' });
    } catch (error) {
      conflict = error;
    }
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect((conflict as VersionConflict).current).toMatchObject({ title: 'First edit', version: adviser.version + 1 });
  });

  it('imports all rows or none', () => {
    const staff = viewerFor('gr.staff@vancouver.test');
    const meeting = getMeeting(staff, SLUG);
    const before = getRoster(staff, meeting, 'gr').members.length;
    expect(() => importRosterMembers(staff, meeting, 'gr', [person('Ελένη Παπαδοπούλου'), person('Another Head', 'head')])).toThrow(RuleViolation);
    expect(getRoster(staff, meeting, 'gr').members.length).toBe(before);
    expect(importRosterMembers(staff, meeting, 'gr', [person('Ελένη Παπαδοπούλου'), person('Νίκος Γεωργίου', 'press')])).toBe(2);
    expect(getRoster(staff, meeting, 'gr').members.map((m) => m.fullName)).toContain('Ελένη Παπαδοπούλου');
  });

  it('lists participants in order of precedence with contact details only where the viewer may read them', () => {
    const staff = viewerFor('be.staff@vancouver.test');
    const list = listParticipants(staff, getMeeting(staff, SLUG));
    expect(list.slice(0, 3).map((d) => d.delegation.code)).toEqual(['ca', 'us', 'au']);
    for (const { delegation, members } of list) {
      expect(members.every((m) => (delegation.code === 'be') === (m.contact !== undefined))).toBe(true);
    }
  });
});
