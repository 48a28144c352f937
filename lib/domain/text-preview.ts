/** A paragraph and its open amendments, oldest first, as the preview reads them. */
export type PreviewSource = {
  id: number;
  kind: 'heading' | 'preambular' | 'operative';
  text: string;
  amendments: { action: 'replace' | 'insert_after' | 'delete'; proposedText: string; delegation: string }[];
};

export type PreviewParagraph = {
  /** The paragraph's id, or for an inserted one the paragraph it follows with the insertion's place. */
  key: string;
  /** The paragraph's anchor id in the text, null for an inserted paragraph. */
  paragraphId: number | null;
  kind: PreviewSource['kind'];
  /** Null for a paragraph an amendment deletes. */
  text: string | null;
  /** Who proposed the change shown, null when the paragraph reads as it stands. */
  changedBy: string | null;
  /** Open amendments that replace or delete the same paragraph: the preview applies the oldest. */
  competing: number;
  inserted: boolean;
};

/**
 * The text as it would read with every open amendment accepted (`accepted`), or with every
 * one rejected (`rejected`: the text as it stands, brackets and all). Replacements and
 * deletions of one paragraph exclude each other: the oldest is applied, and `competing`
 * says how many there were, because accepting one would leave the others stale. Insertions
 * after a paragraph do not conflict and all follow it, oldest first.
 */
export function previewText(paragraphs: readonly PreviewSource[], mode: 'accepted' | 'rejected'): PreviewParagraph[] {
  return paragraphs.flatMap((p): PreviewParagraph[] => {
    const asItStands: PreviewParagraph = { key: String(p.id), paragraphId: p.id, kind: p.kind, text: p.text, changedBy: null, competing: 0, inserted: false };
    if (mode === 'rejected') return [asItStands];
    const rewrites = p.amendments.filter((a) => a.action !== 'insert_after');
    const first = rewrites[0];
    const own: PreviewParagraph = first
      ? { ...asItStands, text: first.action === 'delete' ? null : first.proposedText, changedBy: first.delegation, competing: rewrites.length > 1 ? rewrites.length : 0 }
      : asItStands;
    const insertions = p.amendments
      .filter((a) => a.action === 'insert_after')
      .map((a, i): PreviewParagraph => ({
        key: `${p.id}+${i}`,
        paragraphId: null,
        // After a heading comes the section's first paragraph, not another heading.
        kind: p.kind === 'heading' ? 'operative' : p.kind,
        text: a.proposedText,
        changedBy: a.delegation,
        competing: 0,
        inserted: true,
      }));
    return [own, ...insertions];
  });
}
