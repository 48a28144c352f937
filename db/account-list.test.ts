import { beforeAll, describe, expect, it } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import type { Db } from './client';
import * as t from './schema';
import { ACCOUNT_LIST_PAGE_SIZE, listAccounts } from './queries/accounts';
import { getMeeting, type MeetingSummary } from './queries/meetings';
import type { Viewer } from './viewer';

let db: Db;
let meeting: MeetingSummary;
let secretariat: Viewer;

describe('the accounts list, a page at a time', () => {
  beforeAll(async () => {
    db = await demoDatabase();
    secretariat = viewerFor('secretariat@vancouver.test');
    meeting = getMeeting(secretariat, 'vancouver-2018');
    const japan = db.select().from(t.delegations).all().find((d) => d.countryCode === 'jp')!;
    db.insert(t.users)
      .values(Array.from({ length: 180 }, (_, n) => ({ email: `attache${n}@mofa.example`, name: `Attaché ${n}`, role: 'staff' as const, delegationId: japan.id })))
      .run();
  });

  it('holds every account of the meeting once across its pages', () => {
    const first = listAccounts(secretariat, meeting);
    const pages = Array.from({ length: Math.ceil(first.total / ACCOUNT_LIST_PAGE_SIZE) }, (_, n) => listAccounts(secretariat, meeting, { page: n + 1 }));
    const emails = pages.flatMap((listed) => listed.items.map((a) => a.email));
    expect(first.items).toHaveLength(ACCOUNT_LIST_PAGE_SIZE);
    expect(new Set(emails).size).toBe(first.total);
    expect(emails).toContain('attache179@mofa.example');
    expect(emails).toContain('secretariat@vancouver.test');
    expect(listAccounts(secretariat, meeting, { page: 999 })).toEqual(pages.at(-1));
  });

  it('finds by name, e-mail or delegation, whatever the case and accents, taking % and _ as typed', () => {
    expect(listAccounts(secretariat, meeting, { find: 'ATTACHé 17' }).total).toBe(11);
    expect(listAccounts(secretariat, meeting, { find: 'attache 17' }).total).toBe(11);
    // The demo's head of the Turkish delegation is Mevlüt Çavuşoğlu.
    for (const typed of ['çavuş', 'CAVUSOGLU', 'Mevlut Çav']) {
      expect(listAccounts(secretariat, meeting, { find: typed }).items.map((a) => a.email)).toEqual(['tr.head@vancouver.test']);
    }
    expect(listAccounts(secretariat, meeting, { find: 'attache42@' }).items.map((a) => a.email)).toEqual(['attache42@mofa.example']);
    expect(listAccounts(secretariat, meeting, { find: 'japan' }).items.every((a) => a.delegation?.code === 'jp')).toBe(true);
    expect(listAccounts(secretariat, meeting, { find: 'japan' }).total).toBeGreaterThan(180);
    expect(listAccounts(secretariat, meeting, { find: 'attache_' }).total).toBe(0);
    expect(listAccounts(secretariat, meeting, { find: '%' }).total).toBe(0);
    expect(listAccounts(secretariat, meeting, { find: '   ' }).total).toBe(listAccounts(secretariat, meeting).total);
  });

  it('finds a delegation by its name in the reader’s language', () => {
    const inFrench = { ...secretariat, locale: 'fr' as const };
    const japon = listAccounts(inFrench, meeting, { find: 'japon' });
    expect(japon.total).toBe(listAccounts(secretariat, meeting, { find: 'japan' }).total);
    expect(japon.items.every((a) => a.delegation?.code === 'jp')).toBe(true);
    expect(listAccounts(secretariat, meeting, { find: 'japon' }).total).toBe(0);
  });
});
