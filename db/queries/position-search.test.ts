import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { delegations, meetings, positionStatements, positionVersions } from '@/db/schema';
import { agendaItemInput } from '@/test/agenda';
import { demoDatabase, viewerFor } from '@/test/database';
import { markedSegments } from '@/lib/domain/search-marks';
import type { Viewer } from '../viewer';
import { createAgendaItem } from '../mutations/agenda';
import { advancePosition, createPosition, revisePosition } from '../mutations/positions';
import { getMeeting, type MeetingSummary } from './meetings';
import { listAgenda } from './agenda';
import { matchExpression, matchScore, searchPositions, SEARCH_PAGE_SIZE, SEARCH_TOKENIZER, type SearchRequest } from './position-search';
import { listAgendaChoices } from './positions';

let meeting: MeetingSummary;
let japan: Viewer;

function search(request: SearchRequest, viewer = japan) {
  const outcome = searchPositions(viewer, meeting, request);
  if (outcome.status !== 'found') throw new Error(`search refused: ${outcome.code}`);
  return outcome;
}

const matchedWords = (marked: string) => markedSegments(marked).filter((s) => s.match).map((s) => s.text.toLowerCase());

describe('full-text search of position statements', () => {
  beforeEach(async () => {
    await demoDatabase();
    japan = viewerFor('jp.staff@vancouver.test');
    meeting = getMeeting(japan, 'vancouver-2018');
  });

  it('finds circulated statements by any form of a word, ranked, with the matches marked', () => {
    const { hits, total } = search({ words: 'interdiction' });
    expect(total).toBe(hits.length);
    expect(hits.map((h) => h.delegation.code)).toContain('us');
    for (const hit of hits) expect(matchedWords(hit.markedTitle + hit.markedSnippet)).toContain('interdiction');
    // Porter stemming: "transfer" finds "transfers"; a word in the title ranks first.
    const transfers = search({ words: 'transfer' }).hits;
    expect(transfers[0].title).toMatch(/transfers/i);
    expect(matchedWords(transfers[0].markedTitle)).toEqual(['transfers']);
  });

  it('needs every word, and narrows by delegation and by agenda item or general statements', () => {
    const all = search({ words: 'missile' });
    const both = search({ words: 'missile abductions' });
    expect(both.hits.map((h) => h.delegation.code)).toEqual(['jp']);
    expect(both.total).toBeLessThan(all.total);

    expect(search({ words: 'sanctions', delegation: 'us' }).hits.every((h) => h.delegation.code === 'us')).toBe(true);
    const sanctionsItem = listAgenda(japan, meeting).find((i) => /sanctions/i.test(i.title))!;
    const onItem = search({ words: 'sanctions', agendaItem: sanctionsItem.id }).hits;
    expect(onItem.length).toBeGreaterThan(0);
    expect(onItem.every((h) => h.agendaItem?.id === sanctionsItem.id)).toBe(true);
    const general = search({ words: 'abductions', agendaItem: 'general' }).hits;
    expect(general.map((h) => h.agendaItem)).toEqual([null]);
  });

  it('treats FTS5 syntax typed by people as words, never as an error', () => {
    for (const words of ['"unbalanced', 'sanctions AND', 'NOT sanctions', '(pressure', 'title:sanctions', 'near*', 'a - b', "don't", 'NEAR(a b)']) {
      expect(() => searchPositions(japan, meeting, { words }), words).not.toThrow();
      expect(searchPositions(japan, meeting, { words }).status, words).toBe('found');
    }
    expect(matchExpression('say "no" (twice)')).toBe('"say" """no""" "(twice)"');
    expect(searchPositions(japan, meeting, { words: '  -- ** ' })).toEqual({ status: 'invalid', code: 'searchNeedsWords' });
    expect(searchPositions(japan, meeting, { words: 'x'.repeat(201) })).toEqual({ status: 'invalid', code: 'searchTooLong' });
  });

  it('stays in step with every save: new words are found, replaced ones are not', () => {
    const korea = viewerFor('kr.staff@vancouver.test');
    const { id } = createPosition(korea, meeting, { agendaItemId: null, title: 'Note on platypus', body: 'First echidna text.' });
    expect(search({ words: 'echidna' }, korea).hits.map((h) => h.id)).toEqual([id]);
    revisePosition(korea, meeting, { id, expectedVersion: 1, title: 'Note on numbat', body: 'Second bilby text.' });
    expect(search({ words: 'echidna' }, korea).total).toBe(0);
    expect(search({ words: 'platypus' }, korea).total).toBe(0);
    expect(search({ words: 'bilby numbat' }, korea).hits.map((h) => h.id)).toEqual([id]);
  });

  it('ranks a short text above a long one with as many matches, by each text as last saved', () => {
    const korea = viewerFor('kr.staff@vancouver.test');
    const short = 'Dingo dingo text.';
    const long = `Dingo dingo text. ${'Other words of this note. '.repeat(60)}`;
    const first = createPosition(korea, meeting, { agendaItemId: null, title: 'Note', body: long });
    const second = createPosition(korea, meeting, { agendaItemId: null, title: 'Note', body: short });
    expect(search({ words: 'dingo' }, korea).hits.map((h) => h.id)).toEqual([second.id, first.id]);
    revisePosition(korea, meeting, { id: first.id, expectedVersion: 1, title: 'Note', body: short });
    revisePosition(korea, meeting, { id: second.id, expectedVersion: 1, title: 'Note', body: long });
    expect(search({ words: 'dingo' }, korea).hits.map((h) => h.id)).toEqual([first.id, second.id]);
    revisePosition(korea, meeting, { id: second.id, expectedVersion: 2, title: 'Dingo', body: long });
    expect(search({ words: 'dingo' }, korea).hits.map((h) => h.id)).toEqual([second.id, first.id]);
  });

  it('returns the matches a page at a time, every match once, and counts them all', () => {
    const korea = viewerFor('kr.staff@vancouver.test');
    const created = new Set<number>();
    for (let n = 0; n < SEARCH_PAGE_SIZE * 2 + 5; n++) {
      created.add(createPosition(korea, meeting, { agendaItemId: null, title: `Note ${n}`, body: 'A kookaburra note.' }).id);
    }
    const pages = [1, 2, 3].map((page) => search({ words: 'kookaburra', page }, korea));
    expect(pages.map((p) => p.hits.length)).toEqual([SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE, 5]);
    expect(pages.map((p) => p.total)).toEqual([SEARCH_PAGE_SIZE * 2 + 5, SEARCH_PAGE_SIZE * 2 + 5, SEARCH_PAGE_SIZE * 2 + 5]);
    expect(new Set(pages.flatMap((p) => p.hits.map((h) => h.id)))).toEqual(created);
    // Past the last page: nothing shown, the count still right.
    expect(search({ words: 'kookaburra', page: 4 }, korea)).toMatchObject({ hits: [], total: SEARCH_PAGE_SIZE * 2 + 5 });
    expect(search({ words: 'kookaburra' }).total).toBe(0);
  });

  it('offers the published programme as the agenda filter, numbered as cited, drafts left out for the secretariat too', () => {
    const secretariat = viewerFor('secretariat@vancouver.test');
    const published = listAgenda(secretariat, meeting).filter((item) => item.published);
    createAgendaItem(secretariat, meeting, agendaItemInput({ title: 'Draft: heads of delegation briefing' }));
    const expected = published.map(({ id, number, title }) => ({ id, number, title }));
    expect(listAgendaChoices(secretariat, meeting)).toEqual(expected);
    expect(listAgendaChoices(japan, meeting)).toEqual(expected);
  });
});

/** A statement of another meeting, circulated there, written straight into the database. */
function statementOfAnotherMeeting(body: string) {
  const db = getDb();
  const other = db
    .insert(meetings)
    .values({
      slug: `other-ministerial-${db.select({ id: meetings.id }).from(meetings).all().length}`,
      title: 'Another ministerial',
      shortTitle: 'Other',
      venue: 'Conference centre',
      city: 'Ottawa',
      timeZone: 'America/Toronto',
      startsAt: new Date('2019-03-01T14:00:00Z'),
      endsAt: new Date('2019-03-02T22:00:00Z'),
    })
    .returning({ id: meetings.id })
    .get();
  const delegation = db
    .insert(delegations)
    .values({ meetingId: other.id, countryCode: 'fr', protocolName: 'France' })
    .returning({ id: delegations.id })
    .get();
  const statement = db
    .insert(positionStatements)
    .values({ meetingId: other.id, delegationId: delegation.id, title: 'Statement', visibility: 'circulated', sharedFromVersion: 1, circulatedFromVersion: 1 })
    .returning({ id: positionStatements.id })
    .get();
  db.insert(positionVersions).values({ statementId: statement.id, number: 1, body }).run();
}

// The probe of issue 27: two drafts of the same length, "P P N" and "P N N" (N a fresh
// word), searched for "P N". Ranked by bm25, whether P occurs in statements the viewer may
// not read changes P's weight, and so which draft comes first.
describe('search ranking depends on readable statements only', () => {
  const hiddenPlaces = {
    "another delegation's draft": (words: string) => {
      const korea = viewerFor('kr.staff@vancouver.test');
      createPosition(korea, meeting, { agendaItemId: null, title: 'Internal note', body: `Our line: ${words}.` });
    },
    'a statement shared with the secretariat only': (words: string) => {
      const korea = viewerFor('kr.staff@vancouver.test');
      const { id } = createPosition(korea, meeting, { agendaItemId: null, title: 'For the chair', body: `Our line: ${words}.` });
      advancePosition(korea, meeting, { id, expectedVersion: 1, to: 'secretariat' });
    },
    'a statement of another meeting': (words: string) => statementOfAnotherMeeting(`Our line: ${words}.`),
  };

  beforeEach(async () => {
    await demoDatabase();
    japan = viewerFor('jp.staff@vancouver.test');
    meeting = getMeeting(japan, 'vancouver-2018');
  });

  for (const [place, hide] of Object.entries(hiddenPlaces)) {
    it(`gives the same order whether or not a word occurs in ${place}`, () => {
      // Both words of a probe have the same length, so the drafts are of the same length.
      const probeOrder = (hidden: string, fresh: string) => {
        expect(fresh.length).toBe(hidden.length);
        const first = createPosition(japan, meeting, { agendaItemId: null, title: 'Probe', body: `${hidden} ${hidden} ${fresh} filler` });
        const second = createPosition(japan, meeting, { agendaItemId: null, title: 'Probe', body: `${hidden} ${fresh} ${fresh} filler` });
        const order = search({ words: `${hidden} ${fresh}` }).hits.map((hit) => hit.id);
        expect(new Set(order)).toEqual(new Set([first.id, second.id]));
        return order.map((id) => (id === first.id ? 'hidden twice' : 'fresh twice'));
      };
      const withoutHidden = probeOrder('quokkaword', 'wombatword');
      for (let n = 0; n < 5; n++) hide('numbatword');
      hide('not-for-circulation');
      const withHidden = probeOrder('numbatword', 'possumword');
      expect(withHidden).toEqual(withoutHidden);
      // A phrase (a hyphenated word) the same way.
      const phraseWithHidden = probeOrder('not-for-circulation', 'wallabywallabywalla');
      expect(phraseWithHidden).toEqual(withoutHidden);
    });
  }

  it('counts matches with the tokenizer the index was made with', () => {
    const { sql } = getDb().$client.prepare("SELECT sql FROM sqlite_master WHERE name = 'position_search'").get() as { sql: string };
    expect(sql).toContain(`tokenize = '${SEARCH_TOKENIZER}'`);
  });

  it('scores more matches higher, titles above texts, and a short text above a long one', () => {
    const score = (counts: Partial<Parameters<typeof matchScore>[0]>) =>
      matchScore({ titleMatches: 0, titleLength: 40, bodyMatches: 0, bodyLength: 1000, ...counts });
    expect(score({ bodyMatches: 2 })).toBeGreaterThan(score({ bodyMatches: 1 }));
    expect(score({ titleMatches: 1 })).toBeGreaterThan(score({ bodyMatches: 3 }));
    expect(score({ bodyMatches: 1, bodyLength: 200 })).toBeGreaterThan(score({ bodyMatches: 1, bodyLength: 5000 }));
    expect(score({})).toBe(0);
  });
});
