import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { AccessDenied } from './access';
import type { Viewer } from './viewer';
import { getMeeting, type MeetingSummary } from './queries/meetings';
import { getPosition, getPositionMatrix, listPositions } from './queries/positions';
import { searchPositions } from './queries/position-search';
import { advancePosition, createPosition, revisePosition } from './mutations/positions';
import { listAgenda } from './queries/agenda';

const SLUG = 'vancouver-2018';

let meeting: MeetingSummary;
let viewers: Record<'krStaff' | 'krHead' | 'jpStaff' | 'jpHead' | 'secretariat', Viewer>;

function refusal(read: () => unknown): number | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof AccessDenied) return error.status;
    throw error;
  }
}

const listed = (viewer: Viewer, id: number) => listPositions(viewer, meeting).items.some((p) => p.id === id);
const found = (viewer: Viewer, words: string) => {
  const outcome = searchPositions(viewer, meeting, { words });
  if (outcome.status !== 'found') throw new Error(`search refused: ${outcome.code}`);
  return outcome;
};
const inMatrix = (id: number) =>
  getPositionMatrix(viewers.secretariat, meeting).rows.some((row) => row.cells.some((cell) => cell.some((s) => s.id === id)));

/** A Korean draft on the diplomacy session holding a word no demo statement uses. */
function koreanDraft(word = 'quokka') {
  const diplomacy = listAgenda(viewers.krStaff, meeting).find((item) => /diplomacy/i.test(item.title))!;
  return createPosition(viewers.krStaff, meeting, {
    agendaItemId: diplomacy.id,
    title: 'Draft line on talks',
    body: `Internal notes: the ${word} line.`,
  }).id;
}

describe('who may read a position statement, at each step', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    viewers = {
      krStaff: viewerFor('kr.staff@vancouver.test'),
      krHead: viewerFor('kr.head@vancouver.test'),
      jpStaff: viewerFor('jp.staff@vancouver.test'),
      jpHead: viewerFor('jp.head@vancouver.test'),
      secretariat: viewerFor('secretariat@vancouver.test'),
    };
    meeting = getMeeting(viewers.krStaff, SLUG);
  });

  it('keeps a draft with its delegation: others neither list, count, find nor open it', () => {
    const countsBefore = getPositionMatrix(viewers.secretariat, meeting).counts;
    const listsBefore = { jp: listPositions(viewers.jpStaff, meeting).total, sec: listPositions(viewers.secretariat, meeting).total };
    const id = koreanDraft();

    for (const own of [viewers.krStaff, viewers.krHead]) {
      expect(listed(own, id)).toBe(true);
      expect(found(own, 'quokka')).toMatchObject({ total: 1, hits: [{ id, visibility: 'delegation' }] });
      expect(getPosition(own, meeting, id).versions).toHaveLength(1);
    }
    for (const outsider of [viewers.jpStaff, viewers.jpHead, viewers.secretariat]) {
      expect(listed(outsider, id)).toBe(false);
      expect(found(outsider, 'quokka')).toMatchObject({ status: 'found', total: 0, hits: [] });
      expect(refusal(() => getPosition(outsider, meeting, id))).toBe(404);
    }
    expect(listPositions(viewers.jpStaff, meeting).total).toBe(listsBefore.jp);
    expect(listPositions(viewers.secretariat, meeting).total).toBe(listsBefore.sec);
    expect(inMatrix(id)).toBe(false);
    expect(getPositionMatrix(viewers.secretariat, meeting).counts).toEqual(countsBefore);
  });

  it('shows a shared statement to the secretariat (list, matrix, count, search) and still to no other delegation', () => {
    const id = koreanDraft();
    const before = getPositionMatrix(viewers.secretariat, meeting).counts;
    advancePosition(viewers.krStaff, meeting, { id, expectedVersion: 1, to: 'secretariat' });

    expect(listed(viewers.secretariat, id)).toBe(true);
    expect(found(viewers.secretariat, 'quokka').hits.map((h) => h.id)).toEqual([id]);
    expect(inMatrix(id)).toBe(true);
    expect(getPositionMatrix(viewers.secretariat, meeting).counts).toEqual({ ...before, shared: before.shared + 1 });
    expect(getPosition(viewers.secretariat, meeting, id).visibility).toBe('secretariat');

    expect(listed(viewers.jpHead, id)).toBe(false);
    expect(found(viewers.jpHead, 'quokka').total).toBe(0);
    expect(refusal(() => getPosition(viewers.jpHead, meeting, id))).toBe(404);
  });

  it('shows a circulated statement to every delegation and the secretariat', () => {
    const id = koreanDraft();
    const before = getPositionMatrix(viewers.secretariat, meeting).counts;
    advancePosition(viewers.krHead, meeting, { id, expectedVersion: 1, to: 'circulated' });

    for (const reader of Object.values(viewers)) {
      expect(listed(reader, id)).toBe(true);
      expect(found(reader, 'quokka').hits.map((h) => h.id)).toEqual([id]);
      expect(getPosition(reader, meeting, id).circulated?.byName).toBe(viewers.krHead.name);
    }
    expect(getPositionMatrix(viewers.secretariat, meeting).counts).toEqual({ ...before, circulated: before.circulated + 1 });
  });

  it('keeps the versions written before a step with the delegation', () => {
    const id = koreanDraft('wombat');
    revisePosition(viewers.krStaff, meeting, { id, expectedVersion: 1, title: 'Line on talks', body: 'Version two.' });
    advancePosition(viewers.krStaff, meeting, { id, expectedVersion: 2, to: 'secretariat' });
    revisePosition(viewers.krStaff, meeting, { id, expectedVersion: 2, title: 'Line on talks', body: 'Version three.' });
    advancePosition(viewers.krHead, meeting, { id, expectedVersion: 3, to: 'circulated' });

    const numbers = (viewer: Viewer) => getPosition(viewer, meeting, id).versions.map((v) => v.number);
    expect(numbers(viewers.krStaff)).toEqual([3, 2, 1]);
    expect(numbers(viewers.secretariat)).toEqual([3, 2]);
    expect(numbers(viewers.jpStaff)).toEqual([3]);
    // Search reads the current text only, so the first draft's words find nothing.
    expect(found(viewers.krStaff, 'wombat').total).toBe(0);
  });

  it('offers each person only the steps the data layer will accept', () => {
    const id = koreanDraft();
    const abilities = (viewer: Viewer) => getPosition(viewer, meeting, id).abilities;
    expect(abilities(viewers.krStaff)).toEqual({ revise: true, share: true, circulate: false });
    expect(abilities(viewers.krHead)).toEqual({ revise: true, share: true, circulate: true });
    advancePosition(viewers.krHead, meeting, { id, expectedVersion: 1, to: 'circulated' });
    expect(abilities(viewers.krStaff)).toEqual({ revise: false, share: false, circulate: false });
    expect(abilities(viewers.krHead)).toEqual({ revise: true, share: false, circulate: false });
    expect(abilities(viewers.jpHead)).toEqual({ revise: false, share: false, circulate: false });
    expect(abilities(viewers.secretariat)).toEqual({ revise: false, share: false, circulate: false });
  });

  it('keeps the matrix to the secretariat', () => {
    expect(refusal(() => getPositionMatrix(viewers.jpHead, meeting))).toBe(403);
    const matrix = getPositionMatrix(viewers.secretariat, meeting);
    expect(matrix.rows.slice(0, 2).map((r) => r.code)).toEqual(['ca', 'us']);
    expect(matrix.rows.map((r) => r.code)).not.toContain('et');
    expect(matrix.columns.at(-1)).toBeNull();
    // The demo's own Korean and Dutch drafts are not there either.
    const codes = (visibility: string) =>
      matrix.rows.filter((r) => r.cells.some((c) => c.some((s) => s.visibility === visibility))).map((r) => r.code);
    expect(codes('delegation')).toEqual([]);
    expect(codes('secretariat').sort()).toEqual(['nz', 'ph']);
  });
});
