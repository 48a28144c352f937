import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { lisbonMeeting } from '@/test/meetings';
import type { Viewer } from '../viewer';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { RuleViolation } from '../errors';
import { delegationOverruns, getAccreditationDesk, getBadgeSheet, QUEUE_PAGE_SIZE } from '../queries/accreditation';
import { getRoster } from '../queries/delegations';
import { getMeeting, type MeetingSummary } from '../queries/meetings';
import { auditEntries, badges } from '../schema';
import { createAccount } from './accounts';
import { advanceAccreditation, checkInBadge, setAccessZones, setCategoryQuotas } from './accreditation';
import { createMeeting } from './meetings';
import { addRosterMember } from './roster';

const secretariat = () => viewerFor('secretariat@vancouver.test');
const person = (fullName: string, fn: 'head' | 'adviser' = 'adviser') => ({ fullName, title: '', function: fn, email: null, arrivalAt: null, departureAt: null });

/** A meeting of its own (Lisbon, co-chaired by Portugal and Kenya), with two Kenyan members and a door account. */
async function lisbon(): Promise<{ meeting: MeetingSummary; door: Viewer; minister: number; adviser: number }> {
  createMeeting(secretariat(), lisbonMeeting);
  const meeting = getMeeting(secretariat(), lisbonMeeting.slug);
  const minister = addRosterMember(secretariat(), meeting, 'ke', person('Musalia Mudavadi', 'head'));
  const adviser = addRosterMember(secretariat(), meeting, 'ke', person('Wanjiru Kamau'));
  await createAccount(secretariat(), meeting, { name: 'Gate A', email: 'gate-a@lisbon.test', role: 'door', delegationCode: null, password: 'Quiet harbour lanterns drift 47' });
  return { meeting, door: viewerFor('gate-a@lisbon.test'), minister, adviser };
}

const ticketOf = (memberId: number) => getDb().select({ ticket: badges.ticket, voidedAt: badges.voidedAt }).from(badges).where(eq(badges.memberId, memberId)).all();

describe('accreditation', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('approves, issues badges, checks in once, says "already" after, and refuses a revoked badge', async () => {
    const { meeting, door, minister, adviser } = await lisbon();
    expect(() => advanceAccreditation(secretariat(), meeting, [minister], 'issue')).toThrow(RuleViolation);
    advanceAccreditation(secretariat(), meeting, [minister, adviser], 'approve');
    advanceAccreditation(secretariat(), meeting, [minister, adviser], 'issue');
    const [ministerBadge] = ticketOf(minister);
    expect(ministerBadge.ticket).toMatch(/^VGB-/);

    const first = checkInBadge(door, meeting, ministerBadge.ticket);
    expect(first.outcome).toBe('admitted');
    const second = checkInBadge(door, meeting, ministerBadge.ticket);
    expect(second).toMatchObject({ outcome: 'already', firstAt: first.at });
    expect(second.outcome !== 'unknown' && second.holder).toMatchObject({ fullName: 'Musalia Mudavadi', category: 'head_of_delegation', delegation: { code: 'ke' } });

    // Issuing again voids the old code.
    advanceAccreditation(secretariat(), meeting, [minister], 'issue');
    expect(checkInBadge(door, meeting, ministerBadge.ticket).outcome).toBe('revoked');
    const current = ticketOf(minister).find((b) => b.voidedAt === null)!;
    expect(current.ticket).not.toBe(ministerBadge.ticket);

    advanceAccreditation(secretariat(), meeting, [adviser], 'revoke');
    expect(checkInBadge(door, meeting, ticketOf(adviser)[0].ticket).outcome).toBe('revoked');
    expect(checkInBadge(door, meeting, 'VGB-made-up').outcome).toBe('unknown');

    const desk = getAccreditationDesk(secretariat(), meeting, {});
    expect(desk.delegations.find((d) => d.code === 'ke')!.inBuilding.map((p) => p.fullName)).toEqual(['Musalia Mudavadi']);
    const actions = getDb().select({ action: auditEntries.action }).from(auditEntries).where(eq(auditEntries.meetingId, meeting.id)).all().map((e) => e.action);
    expect(actions.filter((a) => a === 'check_in_badge')).toHaveLength(5);
    expect(actions.filter((a) => a === 'issue_badge')).toHaveLength(3);
  });

  it('pages the queue in order of precedence, each member once, within its filter', async () => {
    const { meeting } = await lisbon();
    for (let n = 0; n < 130; n++) addRosterMember(secretariat(), meeting, n % 2 ? 'pt' : 'ke', person(`Adviser ${String(n).padStart(3, '0')}`));
    const first = getAccreditationDesk(secretariat(), meeting, {});
    expect(first.queue).toMatchObject({ total: 132, page: 1, pageSize: QUEUE_PAGE_SIZE });
    expect(first.queue.items).toHaveLength(QUEUE_PAGE_SIZE);
    const second = getAccreditationDesk(secretariat(), meeting, { page: 2 }).queue;
    expect(second.items).toHaveLength(32);
    const everyone = [...first.queue.items, ...second.items];
    expect(new Set(everyone.map((m) => m.id)).size).toBe(132);
    // Delegations in order of precedence, and no delegation split around another.
    const order = everyone.map((m) => m.delegation.code).filter((code, i, codes) => codes[i - 1] !== code);
    expect(order).toHaveLength(2);
    expect(getAccreditationDesk(secretariat(), meeting, { page: 50 }).queue).toEqual(second);
    const kenyan = getAccreditationDesk(secretariat(), meeting, { delegation: 'ke' }).queue;
    expect(kenyan.total).toBe(67);
    expect(kenyan.items.every((m) => m.delegation.code === 'ke')).toBe(true);
  });

  it('prints only valid badges, with the zones their category opens', async () => {
    const { meeting, minister, adviser } = await lisbon();
    setAccessZones(secretariat(), meeting, [
      { name: 'Plenary', categories: ['head_of_delegation', 'adviser'] },
      { name: 'VIP lounge', categories: ['head_of_delegation'] },
    ]);
    advanceAccreditation(secretariat(), meeting, [minister, adviser], 'approve');
    advanceAccreditation(secretariat(), meeting, [minister], 'issue');
    const sheet = getBadgeSheet(secretariat(), meeting, 'ke');
    expect(sheet.badges.map((b) => [b.fullName, b.zones])).toEqual([['Musalia Mudavadi', ['Plenary', 'VIP lounge']]]);
  });

  it('flags a delegation over a quota, not counting revoked members', async () => {
    const { meeting, adviser } = await lisbon();
    const third = addRosterMember(secretariat(), meeting, 'ke', person('Otieno Ouma'));
    setCategoryQuotas(secretariat(), meeting, { adviser: 1 });
    const kenya = { id: getRoster(secretariat(), meeting, 'ke').delegation.id };
    expect(delegationOverruns(secretariat(), meeting, kenya)).toEqual([{ category: 'adviser', count: 2, limit: 1 }]);
    advanceAccreditation(secretariat(), meeting, [third], 'revoke');
    expect(delegationOverruns(secretariat(), meeting, kenya)).toEqual([]);
    expect(adviser).toBeGreaterThan(0);
  });

  it('gives the door nothing of its meeting but the desk, and no desk of another meeting', async () => {
    const { meeting, door } = await lisbon();
    expect(() => getMeeting(door, meeting.slug)).toThrow(AccessDenied);
    expect(() => getRoster(door, meeting, 'ke')).toThrow(AccessDenied);
    expect(() => checkInBadge(door, getMeeting(secretariat(), 'vancouver-2018'), 'VGB-x')).toThrow(AccessDenied);
  });
});
