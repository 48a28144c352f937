import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { RuleViolation } from '../errors';
import { getSeatingPlan, listDelegations } from '../queries/delegations';
import { getMeeting } from '../queries/meetings';
import { auditEntries } from '../schema';
import { addDelegation, moveDelegation, resetSeats, setPrecedenceRule, setSeatingLayout, swapSeats } from './delegations';

const SLUG = 'vancouver-2018';
const secretariat = () => viewerFor('secretariat@vancouver.test');
// getMeeting is cached per request in the app; a fresh read here stands for the next request.
const meeting = () => getMeeting(secretariat(), SLUG);
const order = () => listDelegations(secretariat(), meeting()).map((d) => d.code);

describe('delegations and the order of precedence', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('adds a state from the ISO list, with its English name unless another protocol name is given', () => {
    addDelegation(secretariat(), meeting(), { code: 'de', protocolName: '', role: 'participant', participation: 'invited' });
    addDelegation(secretariat(), meeting(), { code: 'kp', protocolName: "Democratic People's Republic of Korea", role: 'participant', participation: 'declined' });
    const added = listDelegations(secretariat(), meeting()).filter((d) => ['de', 'kp'].includes(d.code));
    expect(added.map((d) => d.protocolName)).toEqual(["Democratic People's Republic of Korea", 'Germany']);
    expect(() => addDelegation(secretariat(), meeting(), { code: 'de', protocolName: '', role: 'participant', participation: 'invited' })).toThrow(
      new RuleViolation('delegationExists', 'code'),
    );
    expect(() => addDelegation(secretariat(), meeting(), { code: 'zz', protocolName: '', role: 'participant', participation: 'invited' })).toThrow(
      new RuleViolation('unknownState', 'code'),
    );
    expect(getDb().select().from(auditEntries).where(eq(auditEntries.action, 'add_delegation')).all()).toHaveLength(2);
  });

  it('keeps the settings to the secretariat: others are refused, and the refusals logged', () => {
    const head = viewerFor('jp.head@vancouver.test');
    expect(() => addDelegation(head, meeting(), { code: 'de', protocolName: '', role: 'participant', participation: 'invited' })).toThrow(AccessDenied);
    expect(() => setPrecedenceRule(head, meeting(), 'french')).toThrow(AccessDenied);
    expect(() => swapSeats(head, meeting(), 'au', 'be')).toThrow(AccessDenied);
    expect(getDb().select().from(auditEntries).where(eq(auditEntries.outcome, 'denied')).all()).toHaveLength(3);
  });

  it('orders participants in English, French or manual order, co-chairs always first', () => {
    expect(order().slice(0, 5)).toEqual(['ca', 'us', 'au', 'be', 'co']);
    setPrecedenceRule(secretariat(), meeting(), 'french');
    // Afrique du Sud, Australie, Belgique, Colombie, Corée du Sud, Danemark…
    expect(order().slice(0, 7)).toEqual(['ca', 'us', 'za', 'au', 'be', 'co', 'kr']);
    setPrecedenceRule(secretariat(), meeting(), 'manual');
    // The manual order starts as the order shown until then.
    expect(order().slice(0, 7)).toEqual(['ca', 'us', 'za', 'au', 'be', 'co', 'kr']);
    moveDelegation(secretariat(), meeting(), 'au', 'up');
    expect(order().slice(0, 4)).toEqual(['ca', 'us', 'au', 'za']);
    // A participant cannot move above the co-chairs.
    expect(() => moveDelegation(secretariat(), meeting(), 'au', 'up')).toThrow(new RuleViolation('cannotMove'));
    const audit = getDb().select().from(auditEntries).where(eq(auditEntries.action, 'move_delegation')).get();
    expect(audit?.before).toMatchObject({ order: expect.arrayContaining(['za']) });
  });

  it('seats co-chairs at the head, swaps two seats and restores the order of precedence', () => {
    const plan = () => getSeatingPlan(secretariat(), meeting());
    expect(plan().seats.slice(0, 4).map((s) => s.code)).toEqual(['ca', 'us', 'au', 'be']);
    expect(plan().seats.some((s) => ['et', 'lu', 'za'].includes(s.code))).toBe(false);
    swapSeats(secretariat(), meeting(), 'au', 'tr');
    expect(plan().rearranged).toBe(true);
    expect(plan().seats[2].code).toBe('tr');
    expect(plan().seats.findIndex((s) => s.code === 'au')).toBeGreaterThan(10);
    expect(() => swapSeats(secretariat(), meeting(), 'ca', 'be')).toThrow(new RuleViolation('seatRoleMismatch', 'second'));
    setSeatingLayout(secretariat(), meeting(), 'horseshoe');
    expect(plan().layout).toBe('horseshoe');
    resetSeats(secretariat(), meeting());
    expect(plan().rearranged).toBe(false);
    expect(plan().seats[2].code).toBe('au');
  });
});
