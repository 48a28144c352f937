import type { APIRequestContext } from '@playwright/test';
import { firstAlternatives } from '../test/brackets';
import { readDatabase } from './database';
import { MEETING } from './fixtures';
import { actionForm, serverActions } from './forged-actions';

type Row = { id: number; text: string; status: string; version: number };

/**
 * Brings the demo document to where silence may start, through the secretariat's own server
 * actions (`request` signed in as the secretariat): open amendments rejected, brackets
 * resolved to their first alternative, every paragraph agreed. Throws if one is refused.
 */
export async function readyTheText(request: APIRequestContext, documentId = 1): Promise<void> {
  const actions = serverActions();
  const run = async (name: string, fields: Record<string, string | number>) => {
    const action = actions.get(`app/meetings/[slug]/documents/[id]/actions.ts#${name}`);
    if (!action) throw new Error(`no server action ${name}`);
    const form = Object.fromEntries(Object.entries({ slug: MEETING.split('/').pop()!, documentId, ...fields }).map(([k, v]) => [k, String(v)]));
    const response = await request.post(`${MEETING}/documents/${documentId}`, {
      headers: { 'next-action': action.id, accept: 'text/x-component' },
      multipart: actionForm(form),
    });
    const answer = await response.text();
    if (!answer.includes('"ok":true')) throw new Error(`${name} refused: ${answer.slice(0, 300)}`);
  };
  const { open, rows } = readDatabase((db) => ({
    open: db
      .prepare(
        `select a.id from amendments a join paragraphs p on p.id = a.paragraph_id
         where p.document_id = ? and p.deleted_at is null and a.status = 'open' order by a.id`,
      )
      .all(documentId) as { id: number }[],
    rows: db.prepare('select id, text, status, version from paragraphs where document_id = ? and deleted_at is null order by position').all(documentId) as Row[],
  }));
  for (const { id } of open) await run('decideParagraphAmendment', { amendmentId: id, decision: 'reject', reason: 'Not taken up.' });
  for (const p of rows) {
    const resolved = firstAlternatives(p.text);
    if (resolved !== p.text) await run('editParagraphText', { paragraphId: p.id, version: p.version, text: resolved });
    if (p.status !== 'agreed' && p.status !== 'agreed_ad_ref') await run('setStatusOfParagraph', { paragraphId: p.id, status: 'agreed' });
  }
}
