import type { ParticipantsList } from '@/db/queries/delegations';
import type { DocumentDetail, TextPiece } from '@/db/queries/documents';
import { formatDate } from './format-time';

/**
 * What the communiqué's exports (PDF, DOCX) print, decided once: the wording of labels
 * (the document is in English, whatever the interface language), bracketed text with or
 * without its holders, the place and date line, reservations and open amendments.
 */

export const KIND_LABEL = {
  communique: 'Communiqué',
  joint_statement: 'Joint Statement',
  chairs_summary: "Chair's Summary",
  co_chairs_summary: "Co-Chairs' Summary",
  declaration: 'Declaration',
} as const;
export const STATUS_LABEL = { drafting: 'Drafting', silence: 'Under silence', adopted: 'Adopted' } as const;
/** The distribution line above the title: who may read the text, as the document says of itself. */
export const DISTRIBUTION_LABEL = { general: 'General distribution', limited: 'Limited distribution', restricted: 'Restricted distribution' } as const;
export const ACTION_LABEL = { replace: 'Replace', insert_after: 'Insert after', delete: 'Delete' } as const;

/** A paragraph's text for print: brackets kept; in the working draft, with their holders' codes. */
export function printedText(pieces: TextPiece[], withHolders: boolean): string {
  return pieces
    .map((piece) => {
      if (piece.kind === 'text') return piece.text;
      const bracket = `[${piece.alternatives.join(' / ')}]`;
      return withHolders && piece.holders.length ? `${bracket} ‹${piece.holders.map((h) => h.code.toUpperCase()).join(', ')}›` : bracket;
    })
    .join('');
}

/**
 * The clean text is what ministers publish as adopted: a bracket in it would print a
 * disputed segment as if agreed. The renderers refuse it rather than print it.
 */
export class BracketInCleanText extends Error {
  constructor(readonly paragraphIds: number[]) {
    super(`The clean text would print brackets (paragraphs ${paragraphIds.join(', ')})`);
    this.name = 'BracketInCleanText';
  }
}

/**
 * Throws BracketInCleanText when any paragraph of `document` still holds a bracket, or a
 * lone `[` or `]` that does not parse as one (it would print all the same).
 */
export function assertNoBrackets(document: Pick<DocumentDetail, 'paragraphs'>): void {
  const bracketed = document.paragraphs
    .filter((p) => p.pieces.some((piece) => piece.kind === 'bracket' || /[[\]]/.test(piece.text)))
    .map((p) => p.id);
  if (bracketed.length) throw new BracketInCleanText(bracketed);
}

/** "Vancouver, 16 January 2018": the city and the meeting's last day in its own zone. */
export function placeAndDate(meeting: { city: string; endsAt: Date; timeZone: string }): string {
  return `${meeting.city}, ${formatDate(meeting.endsAt, meeting.timeZone, 'en')}`;
}

/** The reservations, in order of precedence, as footnotes print them. */
export function reservationNotes(document: DocumentDetail): string[] {
  return document.stances.flatMap((s) =>
    s.stance?.kind === 'reservation' ? [`Reservation of ${s.delegation.protocolName}: ${s.stance.text}`] : [],
  );
}

/** Every open amendment with the paragraph it concerns, for the working draft's annex. */
export function openAmendmentEntries(document: DocumentDetail) {
  return document.paragraphs.flatMap((p) =>
    p.amendments.map((a) => ({
      heading: `${a.delegation.protocolName} — ${ACTION_LABEL[a.action]}, ${p.number === null ? `(${p.kind} paragraph)` : `paragraph ${p.number}`}`,
      proposedText: a.proposedText,
      rationale: `Rationale: ${a.rationale}`,
      support: [
        a.cosponsors.length ? `Co-sponsors: ${a.cosponsors.map((d) => d.protocolName).join(', ')}` : '',
        a.opponents.length ? `Opposed by: ${a.opponents.map((d) => d.protocolName).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    })),
  );
}

export type AnnexEntry = { protocolName: string; head: string };

/**
 * The annex of participating delegations (confirmed or attended), in the list's order of
 * precedence, each with "Name, Title" of its head of delegation.
 */
export function participantsAnnex(list: ParticipantsList): AnnexEntry[] {
  return list
    .filter((d) => d.delegation.participation === 'confirmed' || d.delegation.participation === 'attended')
    .map(({ delegation, members }) => {
      const head = members.find((m) => m.function === 'head');
      return {
        protocolName: delegation.protocolName,
        head: head ? [head.fullName, head.title].filter(Boolean).join(', ') : '',
      };
    });
}
