import { beforeEach, describe, expect, it, vi } from 'vitest';
import { focusView, type ParagraphFacts } from '@/lib/domain/document-focus';
import { demoDatabase, viewerFor } from '@/test/database';
import { getDb } from '../client';
import { getParagraphFacts } from '../queries/documents';
import { getMeeting } from '../queries/meetings';
import { eq } from 'drizzle-orm';
import { documentVisits, outcomeDocuments } from '../schema';
import { recordDocumentVisit } from './document-visits';
import { addComment } from './comments';
import { proposeAmendment } from './amendments';
import { setParagraphStatus } from './paragraphs';

const SLUG = 'vancouver-2018';
let documentId: number;

const secretariat = () => viewerFor('secretariat@vancouver.test');
const japan = () => viewerFor('jp.staff@vancouver.test');
const meeting = () => getMeeting(secretariat(), SLUG);
const facts = () => getParagraphFacts(secretariat(), meeting(), documentId);
const latest = (all: ParagraphFacts[]) => new Date(Math.max(...all.map((p) => p.lastChangeAt.getTime())));
/** The secretariat's page shown `secondsAgo` before now: the changed paragraphs' ids, or null on a first visit. */
function visit(secondsAgo = 0): number[] | null {
  const all = facts();
  const since = recordDocumentVisit(secretariat(), { meetingId: meeting().id, documentId, now: new Date(Date.now() - secondsAgo * 1000), latestChange: latest(all) });
  return since === null ? null : focusView(all, 'changed', since, null).shownIds.filter((id) => all.find((p) => p.id === id)!.kind !== 'heading');
}

describe('changed since my last visit', () => {
  beforeEach(async () => {
    await demoDatabase();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    documentId = getDb().select({ id: outcomeDocuments.id }).from(outcomeDocuments).get()!.id;
  });

  it('lists exactly the paragraphs given an amendment, a comment or a new status since the visit before', () => {
    expect(visit(60)).toBeNull();
    const [amended, commented, restated] = facts().filter((p) => p.kind !== 'heading' && p.openBrackets === 0);
    proposeAmendment(japan(), { documentId, paragraphId: amended.id, action: 'delete', text: '', rationale: 'Redundant.', positionStatementId: null });
    addComment(japan(), { documentId, paragraphId: commented.id, amendmentId: null, body: 'A question.' });
    setParagraphStatus(secretariat(), { documentId, paragraphId: restated.id, status: 'agreed_ad_ref' });

    const changed = [amended.id, commented.id, restated.id].sort((a, b) => a - b);
    expect(visit()?.sort((a, b) => a - b)).toEqual(changed);
    // Reloading, or switching filters, shows the same changes again.
    expect(visit()?.sort((a, b) => a - b)).toEqual(changed);
  });

  it('shows nothing changed after a visit with nothing new', () => {
    expect(visit(60)).toBeNull();
    expect(visit()).toEqual([]);
  });

  it('writes nothing for a reload with nothing new, and still shows a later change', () => {
    const stored = () => getDb().select().from(documentVisits).where(eq(documentVisits.documentId, documentId)).all();
    expect(visit(120)).toBeNull();
    const first = stored();
    const commits = getDb().$client.prepare('SELECT total_changes() AS n').get() as { n: number };
    expect(visit(60)).toEqual([]);
    expect(visit(30)).toEqual([]);
    expect(stored()).toEqual(first);
    expect((getDb().$client.prepare('SELECT total_changes() AS n').get() as { n: number }).n).toBe(commits.n);

    const [p] = facts().filter((f) => f.kind !== 'heading');
    addComment(japan(), { documentId, paragraphId: p.id, amendmentId: null, body: 'Since the reloads.' });
    expect(visit()).toEqual([p.id]);
  });

  it('counts open amendments and comments for the filters', () => {
    const [p] = facts().filter((f) => f.kind !== 'heading');
    const before = p.openAmendmentCount;
    proposeAmendment(japan(), { documentId, paragraphId: p.id, action: 'replace', text: 'Other words.', rationale: '', positionStatementId: null });
    expect(facts().find((f) => f.id === p.id)!.openAmendmentCount).toBe(before + 1);
  });
});
