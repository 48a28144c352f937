/**
 * The sentence a screen reader hears when others change the document the viewer has open,
 * built in the browser from what the event stream says (lib/platform/events.ts ChangePayload) and
 * the paragraph's name as the page shows it. Pure, so the wording is tested without a page.
 */

/** A change by someone else, as the document's stream tells it. */
export type LiveChange = {
  kind: string;
  paragraphId: number | null;
  amendmentId: number | null;
  /** The acting delegation's protocol name; null for the secretariat. */
  by: string | null;
};

/** Translates a key of the `drafting.liveChange` messages. */
export type LiveTranslate = (key: string, values?: Record<string, string | number>) => string;

/** What is said of each kind; a kind not here (silence, stances…) is told as a change to the document. */
const SENTENCES: Record<string, string> = {
  amendment_proposed: 'amendmentProposed',
  amendment_supported: 'amendmentSupported',
  amendment_withdrawn: 'amendmentWithdrawn',
  amendment_accepted: 'amendmentAccepted',
  amendment_rejected: 'amendmentRejected',
  paragraph_edited: 'paragraphEdited',
  paragraph_added: 'paragraphAdded',
  paragraph_deleted: 'paragraphDeleted',
  paragraph_moved: 'paragraphMoved',
  paragraph_status: 'paragraphStatus',
  brackets: 'bracketHolders',
  translation_updated: 'translationUpdated',
  comment_added: 'commentAdded',
};

/** Past this many changes in one burst, the burst is summed up rather than read out. */
const SPOKEN_LIMIT = 3;

/** Makes one sentence of a change; `paragraphName` is the page's name for a paragraph, null when it does not show it. */
export function changeSentence(change: LiveChange, paragraphName: (id: number) => string | null, t: LiveTranslate, locale: string): string {
  const paragraph = (change.paragraphId !== null && paragraphName(change.paragraphId)) || t('someParagraph');
  const values = { id: change.amendmentId ?? '', actor: change.by ?? t('secretariat'), paragraph };
  const sentence = t(SENTENCES[change.kind] ?? 'documentChanged', values);
  return sentence.charAt(0).toLocaleUpperCase(locale) + sentence.slice(1);
}

/** One message for a burst of changes (an accepted amendment is several events): each sentence once. */
export function burstAnnouncement(changes: LiveChange[], paragraphName: (id: number) => string | null, t: LiveTranslate, locale: string): string {
  const sentences = [...new Set(changes.map((change) => changeSentence(change, paragraphName, t, locale)))];
  if (sentences.length > SPOKEN_LIMIT) return t('manyChanges', { count: sentences.length, latest: sentences[sentences.length - 1] });
  return sentences.join('. ');
}
