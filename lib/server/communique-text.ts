import type { ParticipantsList } from '@/db/queries/delegations';
import type { DocumentDetail, TextPiece } from '@/db/queries/documents';
import type { Locale } from '@/i18n/locales';
import { formatDate } from '@/lib/domain/format-time';

/**
 * What the communiqué's exports (PDF, DOCX) print, decided once: the wording of labels in
 * the language the document is printed in (whatever the interface language), bracketed text
 * with or without its holders, the place and date line, reservations and open amendments.
 */

/** The words an exported document prints around its text, in each working language. */
export type PrintedWords = {
  kind: Record<DocumentDetail['kind'], string>;
  status: Record<DocumentDetail['status'], string>;
  /** The distribution line above the title: who may read the text, as the document says of itself. */
  distribution: Record<DocumentDetail['distribution'], string>;
  action: Record<'replace' | 'insert_after' | 'delete', string>;
  /** The language's own name, over its column of a parallel text. */
  languageName: string;
  /** BCP 47 tag of the text, for screen readers and hyphenation. */
  tag: string;
  draftMark: string;
  annex: string;
  participatingDelegations: string;
  openAmendments: string;
  none: string;
  workingDraft: (revision: number) => string;
  page: (page: number, pages: number) => string;
  reservation: (delegation: string, text: string) => string;
  paragraphRef: (paragraph: { number: number | null; kind: string }) => string;
  rationale: (text: string) => string;
  cosponsors: (names: string) => string;
  opposedBy: (names: string) => string;
  /** "Vancouver, 16 January 2018" / "Vancouver, le 16 janvier 2018". */
  placeAndDate: (city: string, date: string) => string;
};

const KIND_NAMES_FR: Record<string, string> = { heading: 'titre', preambular: 'alinéa du préambule', operative: 'paragraphe du dispositif' };

export const PRINTED_WORDS: Record<Locale, PrintedWords> = {
  en: {
    kind: { communique: 'Communiqué', joint_statement: 'Joint Statement', chairs_summary: "Chair's Summary", co_chairs_summary: "Co-Chairs' Summary", declaration: 'Declaration' },
    status: { drafting: 'Drafting', silence: 'Under silence', adopted: 'Adopted' },
    distribution: { general: 'General distribution', limited: 'Limited distribution', restricted: 'Restricted distribution' },
    action: { replace: 'Replace', insert_after: 'Insert after', delete: 'Delete' },
    languageName: 'English',
    tag: 'en-GB',
    draftMark: 'DRAFT',
    annex: 'Annex',
    participatingDelegations: 'Participating delegations',
    openAmendments: 'Open amendments',
    none: 'None.',
    workingDraft: (revision) => `Working draft · revision ${revision}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    reservation: (delegation, text) => `Reservation of ${delegation}: ${text}`,
    paragraphRef: (p) => (p.number === null ? `(${p.kind} paragraph)` : `paragraph ${p.number}`),
    rationale: (text) => `Rationale: ${text}`,
    cosponsors: (names) => `Co-sponsors: ${names}`,
    opposedBy: (names) => `Opposed by: ${names}`,
    placeAndDate: (city, date) => `${city}, ${date}`,
  },
  // French typography: a no-break space before the colon (lib/domain/typography.ts gives the interface the same).
  fr: {
    kind: { communique: 'Communiqué', joint_statement: 'Déclaration conjointe', chairs_summary: 'Résumé de la présidence', co_chairs_summary: 'Résumé des coprésidents', declaration: 'Déclaration' },
    status: { drafting: 'En cours de rédaction', silence: 'Sous procédure de silence', adopted: 'Adopté' },
    distribution: { general: 'Distribution générale', limited: 'Distribution limitée', restricted: 'Distribution restreinte' },
    action: { replace: 'Remplacer', insert_after: 'Insérer après', delete: 'Supprimer' },
    languageName: 'Français',
    tag: 'fr-FR',
    draftMark: 'PROJET',
    annex: 'Annexe',
    participatingDelegations: 'Délégations participantes',
    openAmendments: 'Amendements ouverts',
    none: 'Aucun.',
    workingDraft: (revision) => `Projet de travail · révision ${revision}`,
    page: (page, pages) => `Page ${page} sur ${pages}`,
    reservation: (delegation, text) => `Réserve (${delegation})\u00a0: ${text}`,
    paragraphRef: (p) => (p.number === null ? `(${KIND_NAMES_FR[p.kind] ?? p.kind})` : `paragraphe ${p.number}`),
    rationale: (text) => `Motif\u00a0: ${text}`,
    cosponsors: (names) => `Coauteurs\u00a0: ${names}`,
    opposedBy: (names) => `Opposition\u00a0: ${names}`,
    placeAndDate: (city, date) => `${city}, le ${date}`,
  },
};

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

/** The city and the meeting's last day in its own zone, in `language`. */
export function placeAndDate(meeting: { city: string; endsAt: Date; timeZone: string }, language: Locale = 'en'): string {
  return PRINTED_WORDS[language].placeAndDate(meeting.city, formatDate(meeting.endsAt, meeting.timeZone, language));
}

/** The reservations, in order of precedence, as footnotes print them. */
export function reservationNotes(document: DocumentDetail, language: Locale = 'en'): string[] {
  return document.stances.flatMap((s) =>
    s.stance?.kind === 'reservation' ? [PRINTED_WORDS[language].reservation(s.delegation.protocolName, s.stance.text)] : [],
  );
}

/** Every open amendment with the paragraph it concerns, for the working draft's annex. */
export function openAmendmentEntries(document: DocumentDetail, language: Locale = 'en') {
  const words = PRINTED_WORDS[language];
  return document.paragraphs.flatMap((p) =>
    p.amendments.map((a) => ({
      heading: `${a.delegation.protocolName} — ${words.action[a.action]}, ${words.paragraphRef(p)}`,
      proposedText: a.proposedText,
      rationale: words.rationale(a.rationale),
      support: [
        a.cosponsors.length ? words.cosponsors(a.cosponsors.map((d) => d.protocolName).join(', ')) : '',
        a.opponents.length ? words.opposedBy(a.opponents.map((d) => d.protocolName).join(', ')) : '',
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
