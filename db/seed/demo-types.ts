/**
 * The shape of the Vancouver demo meeting's content. The content itself lives in
 * `demo-data.ts`; `demo.ts` writes it into the database. Times are ISO 8601 strings
 * with the local offset of America/Vancouver (-08:00 in January), e.g.
 * `2018-01-16T09:00:00-08:00`.
 */
import type { ACCREDITATION_VALUES, AGENDA_KIND_VALUES, AMENDMENT_ACTION_VALUES, DELEGATION_ROLE_VALUES, DOCUMENT_KIND_VALUES, PARAGRAPH_KIND_VALUES, PARAGRAPH_STATUS_VALUES, PARTICIPATION_VALUES, ROSTER_FUNCTION_VALUES, STANCE_VALUES, VISIBILITY_VALUES } from '@/lib/domain/values';

type Of<T extends readonly string[]> = T[number];

/** ISO 3166-1 alpha-2, lower case (`gb` for the United Kingdom). */
export type CountryCode = string;

export type DemoRosterMember = {
  fullName: string;
  title: string;
  function: Of<typeof ROSTER_FUNCTION_VALUES>;
  email?: string;
  accreditation: Of<typeof ACCREDITATION_VALUES>;
  arrival?: string;
  departure?: string;
};

export type DemoDelegation = {
  code: CountryCode;
  protocolName: string;
  role: Of<typeof DELEGATION_ROLE_VALUES>;
  participation: Of<typeof PARTICIPATION_VALUES>;
  /** Exactly one member with function 'head'; at least one 'adviser' (the staff account). */
  roster: DemoRosterMember[];
};

export type DemoAgendaItem = {
  /** Stable key that positions refer to. */
  key: string;
  title: string;
  description: string;
  kind: Of<typeof AGENDA_KIND_VALUES>;
  startsAt: string;
  endsAt: string;
  location: string;
  chair: string;
  /** Delegations that asked for the floor, in speaking order. */
  speakers: CountryCode[];
};

export type DemoPosition = {
  delegation: CountryCode;
  /** Null for a general statement. */
  agendaItem: string | null;
  title: string;
  visibility: Of<typeof VISIBILITY_VALUES>;
  /** Every saved version, oldest first; Markdown subset (paragraphs, lists, *emphasis*). */
  versions: string[];
};

/** `secretariat`, or `<cc>.head` / `<cc>.staff`: the demo account that wrote it. */
export type DemoAuthor = 'secretariat' | `${string}.head` | `${string}.staff`;

export type DemoParagraph = {
  key: string;
  kind: Of<typeof PARAGRAPH_KIND_VALUES>;
  /** Disputed segments in square brackets, alternatives separated by ' / '. */
  text: string;
  status: Of<typeof PARAGRAPH_STATUS_VALUES>;
  /**
   * The paragraph's French version, written for the demo (facts, not a translation of any
   * published text), with the same brackets: the demo meeting works in English and French.
   */
  french: string;
  /** For each bracket in `text`, in order, the delegations that hold it. */
  bracketHolders?: CountryCode[][];
};

export type DemoAmendment = {
  paragraph: string;
  delegation: CountryCode;
  action: Of<typeof AMENDMENT_ACTION_VALUES>;
  /** Empty for 'delete'. */
  proposedText: string;
  rationale: string;
  cosponsors: CountryCode[];
  opponents: CountryCode[];
};

export type DemoComment = { paragraph: string; author: DemoAuthor; body: string };

export type DemoStance = {
  delegation: CountryCode;
  kind: Of<typeof STANCE_VALUES>;
  text: string;
};

export type DemoDocument = {
  kind: Of<typeof DOCUMENT_KIND_VALUES>;
  title: string;
  paragraphs: DemoParagraph[];
  amendments: DemoAmendment[];
  comments: DemoComment[];
  stances: DemoStance[];
};

/**
 * When, on the meeting's own days, the seed's records were made: the first of each run of
 * records, then one every `stepMinutes` in the order the data lists them.
 */
export type DemoTimeline = {
  /** The meeting, its delegations, rosters, accounts and agenda items. */
  setUp: string;
  agendaPublished: string;
  /** Version 1 of the first statement; the later versions of each follow it. */
  statementsWritten: string;
  /** The first circulated statement. */
  statementsCirculated: string;
  /** The draft outcome text, each paragraph's first revision. */
  draftWritten: string;
  amendmentsProposed: string;
  commentsWritten: string;
  stancesRecorded: string;
  stepMinutes: number;
};

export type DemoMeeting = {
  slug: string;
  title: string;
  shortTitle: string;
  /** The prefix of the meeting's document symbols, e.g. `VG/2018`. */
  documentCode: string;
  venue: string;
  city: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  delegations: DemoDelegation[];
  agenda: DemoAgendaItem[];
  positions: DemoPosition[];
  documents: DemoDocument[];
  timeline: DemoTimeline;
};
