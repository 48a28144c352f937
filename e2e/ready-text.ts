import type { APIRequestContext } from '@playwright/test';
import { firstAlternatives } from '../test/brackets';
import { readDatabase } from './database';
import { MEETING } from './fixtures';
import { actionForm, serverActions } from './forged-actions';

type Row = { id: number; text: string; status: string; version: number };

/**
 * Brings the demo document to where silence may start, through the secretariat's own server
 * actions (`request` signed in as the secretariat): open amendments rejected, brackets
 * resolved to their first alternative, every paragraph agreed, and every translation
 * brought up to date the same way (a placeholder where there is none). Throws if one is refused.
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
  // In a meeting of two working languages, silence waits for every translation to be current.
  const behind = readDatabase((db) =>
    db
      .prepare(
        `select p.id, p.version, p.text, t.text as translation, t.version as translationVersion
         from paragraphs p join outcome_documents d on d.id = p.document_id join meetings m on m.id = d.meeting_id
         left join paragraph_translations t on t.paragraph_id = p.id
         where p.document_id = ? and p.deleted_at is null and json_array_length(m.working_languages) > 1
           and (t.source_text is null or t.source_text <> p.text)`,
      )
      .all(documentId) as { id: number; version: number; text: string; translation: string | null; translationVersion: number | null }[],
  );
  for (const p of behind) {
    const text = p.translation === null ? `Version française : ${p.text}` : firstAlternatives(p.translation);
    await run('translateParagraphText', { paragraphId: p.id, version: p.translationVersion ?? 0, sourceVersion: p.version, text });
  }
}
