import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoDatabase, viewerFor } from '@/test/database';
import { addPositionStatements } from '@/bench/scale-seed';
import type { Db } from './client';
import * as t from './schema';
import type { Viewer } from './viewer';
import { getMeeting, type MeetingSummary } from './queries/meetings';
import { listPositions, POSITION_LIST_PAGE_SIZE, type StatementFilter } from './queries/positions';
import { createPosition } from './mutations/positions';

let db: Db;
let meeting: MeetingSummary;
let japan: Viewer;
let korea: Viewer;
let secretariat: Viewer;

/** Every page of the viewer's list, in order, as the pager walks them. */
function everyPage(viewer: Viewer, filter: StatementFilter = {}) {
  const pages = [];
  for (let page = 1; ; page++) {
    const listed = listPositions(viewer, meeting, { ...filter, page });
    pages.push(listed);
    if (page * listed.pageSize >= listed.total) return pages;
  }
}

/** The statements the viewer may read, straight from the table: a delegation its own and what was circulated. */
function readableIds(viewer: Viewer): number[] {
  return db
    .select({ id: t.positionStatements.id, delegationId: t.positionStatements.delegationId, visibility: t.positionStatements.visibility })
    .from(t.positionStatements)
    .where(eq(t.positionStatements.meetingId, meeting.id))
    .all()
    .filter((s) => s.visibility === 'circulated' || (viewer.delegation ? s.delegationId === viewer.delegation.id : s.visibility === 'secretariat'))
    .map((s) => s.id)
    .sort((a, b) => a - b);
}

describe('the list of position statements, a page at a time', () => {
  beforeAll(async () => {
    db = await demoDatabase();
    addPositionStatements(db, 260);
    japan = viewerFor('jp.staff@vancouver.test');
    korea = viewerFor('kr.staff@vancouver.test');
    secretariat = viewerFor('secretariat@vancouver.test');
    meeting = getMeeting(japan, 'vancouver-2018');
  });

  it('splits what each viewer may read into pages that together hold each statement once, in agenda order', () => {
    for (const viewer of [japan, korea, secretariat]) {
      const pages = everyPage(viewer);
      const ids = pages.flatMap((listed) => listed.items.map((item) => item.id));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.slice(0, -1).every((listed) => listed.items.length === POSITION_LIST_PAGE_SIZE)).toBe(true);
      expect(pages.every((listed) => listed.total === ids.length)).toBe(true);
      expect([...ids].sort((a, b) => a - b)).toEqual(readableIds(viewer));
      // General statements (no agenda item) come after every item's.
      const general = pages.flatMap((listed) => listed.items.map((item) => item.agendaItem === null));
      expect(general.indexOf(true)).toBeGreaterThan(0);
      expect(general.slice(general.indexOf(true)).every(Boolean)).toBe(true);
    }
  });

  it('counts a draft kept “delegation only” for its delegation and for no one else', () => {
    const before = { korea: listPositions(korea, meeting).total, japan: listPositions(japan, meeting).total, secretariat: listPositions(secretariat, meeting).total };
    createPosition(korea, meeting, { agendaItemId: null, title: 'Internal line', body: 'Not for circulation.' });
    expect(listPositions(korea, meeting).total).toBe(before.korea + 1);
    expect(listPositions(japan, meeting).total).toBe(before.japan);
    expect(listPositions(secretariat, meeting).total).toBe(before.secretariat);
  });

  it('keeps one delegation or one agenda item when asked, with the same pages', () => {
    const korean = everyPage(japan, { delegation: 'kr' }).flatMap((listed) => listed.items);
    expect(korean.length).toBeGreaterThan(0);
    expect(korean.every((item) => item.delegation.code === 'kr')).toBe(true);
    expect(korean.map((item) => item.id).sort((a, b) => a - b)).toEqual(
      everyPage(japan)
        .flatMap((listed) => listed.items)
        .filter((item) => item.delegation.code === 'kr')
        .map((item) => item.id)
        .sort((a, b) => a - b),
    );
    const general = everyPage(japan, { agendaItem: 'general' }).flatMap((listed) => listed.items);
    expect(general.length).toBeGreaterThan(0);
    expect(general.every((item) => item.agendaItem === null)).toBe(true);
    const itemId = korean.find((item) => item.agendaItem)!.agendaItem!.id;
    const onItem = everyPage(japan, { agendaItem: itemId }).flatMap((listed) => listed.items);
    expect(onItem.every((item) => item.agendaItem?.id === itemId)).toBe(true);
    expect(listPositions(japan, meeting, { delegation: 'zz' })).toMatchObject({ items: [], total: 0, page: 1 });
  });

  it('shows the last page for a page beyond it, and the first for a page before it', () => {
    const last = everyPage(japan).at(-1)!;
    expect(listPositions(japan, meeting, { page: 9_999 })).toEqual(last);
    expect(listPositions(japan, meeting, { page: 0 })).toEqual(listPositions(japan, meeting, { page: 1 }));
  });
});
