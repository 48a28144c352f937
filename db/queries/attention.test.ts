import { beforeEach, describe, expect, it } from 'vitest';
import { demoDatabaseCopy, viewerFor } from '@/test/database';
import { getDb } from '../client';
import { answerBilateral } from '../mutations/bilaterals';
import { advancePosition, createPosition } from '../mutations/positions';
import { bilateralParties, bilateralRooms, bilateralRules, bilaterals, delegations, outcomeDocuments } from '../schema';
import { and, eq } from 'drizzle-orm';
import { getAttention } from './attention';
import { getMeeting } from './meetings';

const SLUG = 'vancouver-2018';
const attentionOf = (email: string) => {
  const viewer = viewerFor(email);
  return getAttention(viewer, getMeeting(viewer, SLUG));
};
const bilateralItems = (email: string) => attentionOf(email).filter((item) => item.kind === 'bilateralsToAnswer' || item.kind === 'bilateralsToBook');

describe('what needs the viewer’s attention', () => {
  beforeEach(async () => {
    await demoDatabaseCopy();
  });

  it('asks the secretariat to decide amendments only on a text still in drafting', () => {
    expect(attentionOf('secretariat@vancouver.test').some((item) => item.kind === 'amendmentsAwaiting')).toBe(true);
    // An adopted text with amendments left open: a database from before silence required a ready text.
    getDb().update(outcomeDocuments).set({ status: 'adopted', adoptedAt: new Date() }).run();
    expect(attentionOf('secretariat@vancouver.test').filter((item) => item.kind === 'amendmentsAwaiting')).toEqual([]);
  });

  it('tells the head, and only the head, of a statement shared with the secretariat that waits for circulation', () => {
    const staff = viewerFor('jp.staff@vancouver.test');
    const meeting = getMeeting(staff, SLUG);
    const { id } = createPosition(staff, meeting, { agendaItemId: null, title: 'On port state controls', body: 'Inspections.' });
    const waiting = (email: string) => attentionOf(email).filter((item) => item.kind === 'positionAwaitingCirculation' && item.statementId === id);
    expect(waiting('jp.head@vancouver.test')).toEqual([]);
    advancePosition(staff, meeting, { id, expectedVersion: 1, to: 'secretariat' });
    expect(waiting('jp.head@vancouver.test')).toEqual([{ kind: 'positionAwaitingCirculation', statementId: id, title: 'On port state controls' }]);
    expect(waiting('jp.staff@vancouver.test')).toEqual([]);
    expect(waiting('kr.head@vancouver.test')).toEqual([]);
    advancePosition(viewerFor('jp.head@vancouver.test'), meeting, { id, expectedVersion: 1, to: 'circulated' });
    expect(waiting('jp.head@vancouver.test')).toEqual([]);
  });

  it('tells the invited delegation of a request to answer, then the secretariat of an agreed one to book, and nobody else', () => {
    // The demo's request from Australia to India, which India has not answered.
    const australia = getDb().select({ id: delegations.id }).from(delegations).where(eq(delegations.countryCode, 'au')).get()!.id;
    const { id } = getDb().select({ id: bilaterals.id }).from(bilaterals).where(eq(bilaterals.requesterId, australia)).get()!;
    expect(bilateralItems('in.staff@vancouver.test')).toEqual([{ kind: 'bilateralsToAnswer', count: 1 }]);
    expect(bilateralItems('in.head@vancouver.test')).toEqual([{ kind: 'bilateralsToAnswer', count: 1 }]);
    for (const email of ['au.staff@vancouver.test', 'th.staff@vancouver.test', 'secretariat@vancouver.test']) expect(bilateralItems(email), email).toEqual([]);
    const india = viewerFor('in.staff@vancouver.test');
    answerBilateral(india, getMeeting(india, SLUG), { bilateralId: id, version: 1, answer: 'accept' });
    expect(bilateralItems('in.staff@vancouver.test')).toEqual([]);
    expect(bilateralItems('secretariat@vancouver.test')).toEqual([{ kind: 'bilateralsToBook', count: 1 }]);
    expect(bilateralItems('th.head@vancouver.test')).toEqual([]);
  });

  it('counts no request past the deadline or declined by another party, and no agreed one already booked', () => {
    const db = getDb();
    const australia = db.select({ id: delegations.id }).from(delegations).where(eq(delegations.countryCode, 'au')).get()!.id;
    const { id, meetingId } = db.select({ id: bilaterals.id, meetingId: bilaterals.meetingId }).from(bilaterals).where(eq(bilaterals.requesterId, australia)).get()!;
    const setRules = (requestDeadline: Date | null) =>
      db.insert(bilateralRules).values({ meetingId, requestDeadline }).onConflictDoUpdate({ target: bilateralRules.meetingId, set: { requestDeadline } }).run();

    setRules(new Date(Date.now() - 60_000));
    expect(bilateralItems('in.staff@vancouver.test')).toEqual([]);
    setRules(null);
    expect(bilateralItems('in.staff@vancouver.test')).toEqual([{ kind: 'bilateralsToAnswer', count: 1 }]);

    db.update(bilateralParties).set({ answer: 'declined' }).where(and(eq(bilateralParties.bilateralId, id), eq(bilateralParties.delegationId, australia))).run();
    expect(bilateralItems('in.staff@vancouver.test')).toEqual([]);

    db.update(bilateralParties).set({ answer: 'accepted' }).where(eq(bilateralParties.bilateralId, id)).run();
    expect(bilateralItems('secretariat@vancouver.test')).toEqual([{ kind: 'bilateralsToBook', count: 1 }]);
    expect(bilateralItems('in.staff@vancouver.test')).toEqual([]);
    const room = db.select({ id: bilateralRooms.id }).from(bilateralRooms).where(eq(bilateralRooms.meetingId, meetingId)).get()!;
    db.update(bilaterals).set({ roomId: room.id, startsAt: new Date('2018-01-16T20:00:00Z'), endsAt: new Date('2018-01-16T20:30:00Z') }).where(eq(bilaterals.id, id)).run();
    expect(bilateralItems('secretariat@vancouver.test')).toEqual([]);
  });
});
