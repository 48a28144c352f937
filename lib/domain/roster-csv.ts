import Papa from 'papaparse';
import { ACCREDITATION_VALUES, ROSTER_FUNCTION_VALUES } from '@/lib/domain/values';
import english from '@/messages/en.json';
import french from '@/messages/fr.json';
import { rosterMemberSchema, type RosterMemberInput } from './roster-member';
import { foldForSearch } from './search-fold';
import { toLocalDateTime } from './zoned-time';

/**
 * Rosters as delegations send them (a spreadsheet saved as CSV, headings in English or
 * French) and the participants list as people take it away (CSV that Excel opens with
 * its accents intact). Import reads what export writes.
 */

export const MAX_IMPORT_ROWS = 500;

type Field = 'fullName' | 'title' | 'function' | 'email' | 'accreditation' | 'arrival' | 'departure';

/** Lower case, no accents, no spaces or punctuation: "E-mail" and "Arrivée" read as "email", "arrivee". */
const fold = (s: string) => foldForSearch(s).replace(/[^\p{L}\p{N}]/gu, '');

const catalogues = [english.delegations, french.delegations];

// Headings: the participants list's own (both languages), and the usual variants.
const HEADINGS = new Map<string, Field | 'ignored'>();
const heading = (field: Field | 'ignored', ...names: string[]) => names.forEach((n) => HEADINGS.set(fold(n), field));
for (const c of catalogues) {
  heading('fullName', c.name);
  heading('title', c.personTitle);
  heading('function', c.function);
  heading('email', c.email);
  heading('accreditation', c.accreditation);
  heading('arrival', c.arrival);
  heading('departure', c.departure);
  heading('ignored', c.delegationColumn, c.state);
}
heading('fullName', 'full name', 'nom complet', 'participant');
heading('email', 'mail', 'adresse électronique');

// Values: the codes, and their labels in either language.
function valueMap<V extends string>(values: readonly V[], labels: (c: (typeof catalogues)[number], v: V) => string) {
  const map = new Map<string, V>();
  for (const value of values) {
    map.set(fold(value), value);
    for (const c of catalogues) map.set(fold(labels(c, value)), value);
  }
  return map;
}
const FUNCTIONS = valueMap(ROSTER_FUNCTION_VALUES, (c, v) => c.functionValue[v]);
const ACCREDITATIONS = valueMap(ACCREDITATION_VALUES, (c, v) => c.accreditationValue[v]);

// A spreadsheet would run a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const unescapeCell = (s: string) => (s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s);
const escapeCell = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

export type ImportProblem = {
  /** The spreadsheet's row number: the headings are row 1. */
  row: number;
  /** The heading as the file wrote it, or the field name when the column is missing. */
  column: string;
  /** A code of the `validation` catalogue. */
  code: string;
};

export type ImportPreview = {
  rows: { row: number; member: RosterMemberInput | null; fullName: string; function: string }[];
  problems: ImportProblem[];
  /** Headings of columns that were not read. */
  ignoredColumns: string[];
};

/**
 * Reads a roster CSV and checks every row, saving nothing. `hasHead`: the delegation
 * already has a head of delegation; `mayAccredit`: the accreditation column is read (the
 * secretariat's), otherwise ignored. Times are read on the clock of `timeZone`.
 */
export function readRosterCsv(text: string, options: { timeZone: string; hasHead: boolean; mayAccredit: boolean }): ImportPreview {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headings = [], ...records] = parsed.data;
  const problems: ImportProblem[] = [];
  const ignoredColumns: string[] = [];
  const columns = new Map<Field, number>();
  headings.forEach((raw, index) => {
    const field = HEADINGS.get(fold(raw));
    if (!field || field === 'ignored' || (field === 'accreditation' && !options.mayAccredit) || columns.has(field)) {
      if (raw.trim()) ignoredColumns.push(raw.trim());
      return;
    }
    columns.set(field, index);
  });
  if (records.length === 0) problems.push({ row: 1, column: '', code: 'csvEmpty' });
  if (records.length > MAX_IMPORT_ROWS) problems.push({ row: MAX_IMPORT_ROWS + 2, column: '', code: 'csvTooManyRows' });
  const requiredColumns = { fullName: english.delegations.name, function: english.delegations.function };
  for (const [field, heading] of Object.entries(requiredColumns)) {
    if (!columns.has(field as Field)) problems.push({ row: 1, column: heading, code: 'csvMissingColumn' });
  }
  // Without its name or function column the file is not a roster: say that, not every row's consequence.
  if (problems.some((p) => p.code === 'csvMissingColumn')) return { rows: [], problems, ignoredColumns };
  for (const error of parsed.errors) {
    if (error.row !== undefined) problems.push({ row: error.row + 1, column: '', code: 'csvMalformedRow' });
  }
  const columnName = (field: string) => {
    const index = columns.get(field as Field);
    return index === undefined ? field : headings[index].trim();
  };

  const schema = rosterMemberSchema(options.timeZone);
  let heads = options.hasHead ? 1 : 0;
  const rows = records.slice(0, MAX_IMPORT_ROWS).map((cells, index) => {
    const row = index + 2;
    const cell = (field: Field) => {
      const at = columns.get(field);
      return at === undefined ? undefined : unescapeCell((cells[at] ?? '').trim());
    };
    const functionText = cell('function') ?? '';
    const accreditationText = cell('accreditation');
    const input = {
      fullName: cell('fullName') ?? '',
      title: cell('title'),
      function: FUNCTIONS.get(fold(functionText)) ?? functionText,
      email: cell('email'),
      accreditation: accreditationText ? (ACCREDITATIONS.get(fold(accreditationText)) ?? accreditationText) : undefined,
      arrival: cell('arrival'),
      departure: cell('departure'),
    };
    const result = schema.safeParse(input);
    let member: RosterMemberInput | null = null;
    if (result.success) {
      member = result.data;
      if (member.function === 'head' && ++heads > 1) {
        problems.push({ row, column: columnName('function'), code: 'oneHead' });
        member = null;
      }
    } else {
      for (const issue of result.error.issues) {
        problems.push({ row, column: columnName(String(issue.path[0] ?? '')), code: issue.message });
      }
    }
    return { row, member, fullName: input.fullName, function: input.function };
  });
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems, ignoredColumns };
}

export type ParticipantsCsvLabels = {
  delegation: string;
  name: string;
  title: string;
  function: string;
  email: string;
  accreditation: string;
  arrival: string;
  departure: string;
  functionValue: (code: string) => string;
  accreditationValue: (code: string) => string;
};

type Participants = {
  delegation: { protocolName: string };
  members: {
    fullName: string;
    title: string;
    function: string;
    contact?: { email: string | null; accreditation: string; arrivalAt: Date | null; departureAt: Date | null };
  }[];
}[];

/**
 * The participants list as CSV: one row per person, delegations in the order given (their
 * order of precedence), a column for the function; contact columns are empty for people
 * whose contact details the list does not carry. UTF-8 with a byte-order mark, so that
 * Excel reads accents; cells that a spreadsheet would run as formulas are quoted.
 */
export function participantsCsv(list: Participants, labels: ParticipantsCsvLabels, timeZone: string): string {
  const time = (instant: Date | null | undefined) => (instant ? toLocalDateTime(instant, timeZone).replace('T', ' ') : '');
  const rows = list.flatMap(({ delegation, members }) =>
    members.map((m) =>
      [
        delegation.protocolName,
        m.fullName,
        m.title,
        labels.functionValue(m.function),
        m.contact?.email ?? '',
        m.contact ? labels.accreditationValue(m.contact.accreditation) : '',
        time(m.contact?.arrivalAt),
        time(m.contact?.departureAt),
      ].map(escapeCell),
    ),
  );
  const header = [labels.delegation, labels.name, labels.title, labels.function, labels.email, labels.accreditation, labels.arrival, labels.departure];
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n' })}\r\n`;
}
