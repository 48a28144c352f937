import { z } from 'zod';

/** Which paragraphs the document page shows: `?show=` in its address. */
export const FOCUS_VALUES = ['all', 'bracketed', 'amended', 'changed'] as const;
export type Focus = (typeof FOCUS_VALUES)[number];

/** What the page needs of every paragraph to filter, count and outline the text. */
export type ParagraphFacts = {
  id: number;
  kind: 'heading' | 'preambular' | 'operative';
  text: string;
  status: 'draft' | 'bracketed' | 'agreed_ad_ref' | 'agreed';
  openBrackets: number;
  openAmendmentCount: number;
  /** The operative paragraph's number; null for headings and preambular paragraphs. */
  number: number | null;
  /** The latest of: created, text or status changed, an amendment on it proposed or decided, a comment on it or its amendments. */
  lastChangeAt: Date;
};

/** A text longer than this many paragraphs (after filtering) is shown a part at a time. */
export const LONG_TEXT = 60;
/** A part of a long text runs from one heading to the next, or this many paragraphs when the headings are further apart. */
export const PART_SIZE = 50;

export function matchesFocus(p: ParagraphFacts, focus: Focus, since: Date | null): boolean {
  switch (focus) {
    case 'all':
      return true;
    case 'bracketed':
      return p.openBrackets > 0 || p.status === 'bracketed';
    case 'amended':
      return p.openAmendmentCount > 0;
    case 'changed':
      return since !== null && p.lastChangeAt > since;
  }
}

/** A stretch of the text the outline names and a long text is paged by; `key` is its first paragraph's id. */
export type TextPart = {
  key: number;
  /** The heading that opens it, null for the paragraphs before the first heading or a continuation. */
  heading: { id: number; text: string } | null;
  /** Set on a continuation of a heading's section split at PART_SIZE: the heading it continues. */
  continues: string | null;
  firstParagraphId: number;
  /** The number of its first operative paragraph, by which a continuation is named. */
  firstNumber: number | null;
  paragraphIds: number[];
  paragraphs: number;
  openAmendments: number;
  openBrackets: number;
};

/** The text cut into parts at its headings, and every PART_SIZE paragraphs between them. */
export function textParts(paragraphs: readonly ParagraphFacts[]): TextPart[] {
  const parts: TextPart[] = [];
  let heading: string | null = null;
  for (const p of paragraphs) {
    const current = parts.at(-1);
    if (p.kind === 'heading' || !current || current.paragraphIds.length >= PART_SIZE) {
      if (p.kind === 'heading') heading = p.text;
      parts.push({
        key: p.id,
        heading: p.kind === 'heading' ? { id: p.id, text: p.text } : null,
        continues: p.kind === 'heading' ? null : heading,
        firstParagraphId: p.id,
        firstNumber: null,
        paragraphIds: [],
        paragraphs: 0,
        openAmendments: 0,
        openBrackets: 0,
      });
    }
    const part = parts.at(-1)!;
    part.paragraphIds.push(p.id);
    part.firstNumber ??= p.number;
    if (p.kind !== 'heading') part.paragraphs += 1;
    part.openAmendments += p.openAmendmentCount;
    part.openBrackets += p.openBrackets;
  }
  return parts;
}

export type FocusView = {
  /** The paragraphs to send, in document order, headings of shown paragraphs included. */
  shownIds: number[];
  /** How many paragraphs (headings aside) match each filter. */
  counts: Record<Focus, number>;
  /** Paragraphs (headings aside) matching the filter, and in the whole text. */
  matching: number;
  total: number;
  parts: TextPart[];
  /** The part shown of a long text, with its neighbours; null when the text is shown whole. */
  paging: { current: TextPart; previous: TextPart | null; next: TextPart | null } | null;
};

/**
 * What the page shows for a filter: the matching paragraphs with the headings of their
 * sections kept for context, and one part at a time when that is still a long text.
 */
export function focusView(
  paragraphs: readonly ParagraphFacts[],
  focus: Focus,
  since: Date | null,
  /** The id of a paragraph in the part to show of a long text; its first part when null. */
  partKey: number | null,
): FocusView {
  const body = paragraphs.filter((p) => p.kind !== 'heading');
  const counts = Object.fromEntries(FOCUS_VALUES.map((f) => [f, body.filter((p) => matchesFocus(p, f, since)).length])) as Record<Focus, number>;
  const parts = textParts(paragraphs);
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const kept = (ids: number[]) => {
    const facts = ids.map((id) => byId.get(id)!);
    const matches = facts.filter((p) => p.kind !== 'heading' && matchesFocus(p, focus, since));
    // A section's heading stays when any of its paragraphs is shown; with every paragraph shown, every heading is.
    return facts.filter((p) => (p.kind === 'heading' ? focus === 'all' || matches.length > 0 : matches.includes(p))).map((p) => p.id);
  };
  const shownByPart = parts.map((part) => kept(part.paragraphIds));
  const shownIds = shownByPart.flat();
  const base = { counts, matching: counts[focus], total: body.length, parts };
  if (shownIds.length <= LONG_TEXT) return { ...base, shownIds, paging: null };
  // Paged: only parts with something to show, so previous and next never lead to an empty page.
  const withContent = parts.filter((_, i) => shownByPart[i].length > 0);
  // A part is named by its first paragraph, and found by any of them (a link to one paragraph's amendments).
  const index = Math.max(0, withContent.findIndex((part) => partKey !== null && part.paragraphIds.includes(partKey)));
  const current = withContent[index];
  return {
    ...base,
    shownIds: shownByPart[parts.indexOf(current)],
    paging: { current, previous: withContent[index - 1] ?? null, next: withContent[index + 1] ?? null },
  };
}

/** The page's view as its address holds it, so that a link shares it. */
export type FocusState = { show: Focus; section: number | null; preview: 'accepted' | 'rejected' | null };

/** The document page's address for a view, defaults left out; `anchor` is a paragraph id to jump to. */
export function focusAddress(base: string, state: FocusState, anchor?: number): string {
  const query = new URLSearchParams();
  if (state.show !== 'all') query.set('show', state.show);
  if (state.section !== null) query.set('section', String(state.section));
  if (state.preview) query.set('preview', state.preview);
  const search = query.size ? `?${query}` : '';
  return `${base}${search}${anchor === undefined ? '' : `#paragraph-${anchor}`}`;
}

const focusQuery = z.object({
  show: z.enum(FOCUS_VALUES).catch('all'),
  section: z
    .string()
    .regex(/^[1-9]\d{0,15}$/)
    .transform(Number)
    .nullable()
    .catch(null),
  preview: z.enum(['accepted', 'rejected']).nullable().catch(null),
});

/** The view a document page's address asks for; anything unreadable falls back to the whole working text. */
export function focusStateFrom(query: Record<string, string | string[] | undefined>): FocusState {
  return focusQuery.parse({ show: query.show, section: query.section ?? null, preview: query.preview ?? null });
}
