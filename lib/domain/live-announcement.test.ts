import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { burstAnnouncement, changeSentence, type LiveChange } from './live-announcement';

const t = createTranslator({ locale: 'en', messages: en, namespace: 'drafting.liveChange' }) as (key: string, values?: Record<string, string | number>) => string;
const names = new Map([
  [9, 'operative paragraph 9'],
  [2, 'preambular paragraph 2'],
]);
const name = (id: number) => names.get(id) ?? null;
const change = (c: Partial<LiveChange>): LiveChange => ({ kind: 'paragraph_edited', paragraphId: 9, amendmentId: null, by: null, ...c });

describe('changeSentence', () => {
  it('names the amendment, its delegation and the paragraph as the page names it', () => {
    expect(changeSentence(change({ kind: 'amendment_proposed', amendmentId: 7, by: 'Republic of Korea' }), name, t, 'en')).toBe(
      'Amendment 7 by Republic of Korea proposed to operative paragraph 9',
    );
  });

  it('names the secretariat when no delegation acted, and starts with a capital', () => {
    expect(changeSentence(change({}), name, t, 'en')).toBe('Operative paragraph 9 edited by the secretariat');
    expect(changeSentence(change({ kind: 'amendment_accepted', amendmentId: 7 }), name, t, 'en')).toBe('Amendment 7 accepted');
    expect(changeSentence(change({ kind: 'comment_added', paragraphId: 2, by: 'Japan' }), name, t, 'en')).toBe('Comment by Japan on preambular paragraph 2');
  });

  it('says "a paragraph" when the page does not show it, and tells other kinds as a change', () => {
    expect(changeSentence(change({ paragraphId: 40 }), name, t, 'en')).toBe('A paragraph edited by the secretariat');
    expect(changeSentence(change({ kind: 'stance_recorded', paragraphId: null, by: 'Japan' }), name, t, 'en')).toBe('The document was changed by Japan');
  });

  it('speaks French', () => {
    const tFr = createTranslator({ locale: 'fr', messages: fr, namespace: 'drafting.liveChange' }) as typeof t;
    expect(changeSentence(change({}), () => 'paragraphe 9 du dispositif', tFr, 'fr')).toBe('Paragraphe 9 du dispositif modifié par le secrétariat');
  });
});

describe('burstAnnouncement', () => {
  it('says each sentence of a burst once, in one message', () => {
    const accepted = change({ kind: 'amendment_accepted', amendmentId: 7 });
    expect(burstAnnouncement([accepted, accepted, change({})], name, t, 'en')).toBe(
      'Amendment 7 accepted. Operative paragraph 9 edited by the secretariat',
    );
  });

  it('sums up a long burst', () => {
    const burst = [1, 2, 3, 4].map((id) => change({ kind: 'amendment_rejected', amendmentId: id }));
    expect(burstAnnouncement(burst, name, t, 'en')).toBe('4 changes to the document, the latest: Amendment 4 rejected');
  });
});
