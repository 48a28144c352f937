import { z } from 'zod';
import { localInputToInstant } from './zoned-time';

/**
 * The audit log's address parameters, shared by the page and its CSV export so that a
 * filtered view and its download always hold the same entries:
 * `?actor=jp.staff@vancouver.test&type=amendment&record=12&from=2018-01-15&to=2018-01-16`,
 * plus `before` or `after` (a position in the log, `<time>.<id>`) for the page's paging.
 * Dates are days in the meeting's time zone, both ends included.
 */

/** The filters as typed, to refill the form and to carry into links. */
export type AuditQuery = { actor: string; type: string; record: string; from: string; to: string };

/** What the data layer filters on. */
export type AuditFilters = {
  actorEmail?: string;
  recordType?: string;
  recordId?: string;
  /** Inclusive. */
  since?: Date;
  /** Exclusive. */
  until?: Date;
};

/** A position in the log, newest first: entries are ordered by time, then id. */
export type AuditCursor = { at: number; id: number };
export type AuditPosition = { before: AuditCursor } | { after: AuditCursor } | null;

export type ParsedAuditQuery = {
  /** As typed, to show in the form again. */
  query: AuditQuery;
  /** The fields that were applied (bad ones blank), for links to other pages and the CSV. */
  applied: AuditQuery;
  filters: AuditFilters;
  position: AuditPosition;
  /** Codes from the `validation` catalogue by field; a field with an error is not applied. */
  errors: Partial<Record<keyof AuditQuery, string[]>>;
};

type Raw = Record<string, string | string[] | undefined>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const day = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .refine((value) => {
      const match = DAY.exec(value);
      if (!match) return false;
      const [, y, m, d] = match.map(Number);
      return new Date(Date.UTC(y, m - 1, d)).toISOString().startsWith(value);
    }, 'invalidDate')
    .optional(),
);
const fields = {
  actor: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(254, 'tooLong').optional()),
  type: z.preprocess(blankToUndefined, z.string().trim().regex(/^[a-z][a-z_]{0,63}$/, 'invalidInput').optional()),
  record: z.preprocess(blankToUndefined, z.string().trim().max(100, 'tooLong').optional()),
  from: day,
  to: day,
};
const cursor = z
  .string()
  .regex(/^\d{1,15}\.\d{1,15}$/)
  .transform((value): AuditCursor => {
    const [at, id] = value.split('.').map(Number);
    return { at, id };
  });

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const nextDay = (value: string) => {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/** Reads the audit log's parameters; bad ones are reported by field and left out, never guessed. */
export function parseAuditQuery(raw: Raw, timeZone: string): ParsedAuditQuery {
  const query: AuditQuery = { actor: '', type: '', record: '', from: '', to: '' };
  const values: { [K in keyof AuditQuery]?: string } = {};
  const errors: ParsedAuditQuery['errors'] = {};
  for (const name of Object.keys(fields) as (keyof AuditQuery)[]) {
    const typed = single(raw[name]) ?? '';
    query[name] = typed.slice(0, 300);
    const parsed = fields[name].safeParse(typed);
    if (parsed.success) values[name] = parsed.data;
    else errors[name] = parsed.error.issues.map((issue) => issue.message);
  }
  if (values.from && values.to && values.from > values.to) {
    errors.to = ['dateRangeReversed'];
    delete values.to;
  }
  const applied: AuditQuery = {
    actor: values.actor ?? '',
    type: values.type ?? '',
    record: values.record ?? '',
    from: values.from ?? '',
    to: values.to ?? '',
  };
  const filters: AuditFilters = {
    actorEmail: values.actor,
    recordType: values.type,
    recordId: values.record,
    since: (values.from && localInputToInstant(`${values.from}T00:00`, timeZone)) || undefined,
    until: (values.to && localInputToInstant(`${nextDay(values.to)}T00:00`, timeZone)) || undefined,
  };
  const before = cursor.safeParse(single(raw.before));
  const after = cursor.safeParse(single(raw.after));
  const position: AuditPosition = before.success ? { before: before.data } : after.success ? { after: after.data } : null;
  return { query, applied, filters, position, errors };
}

/** The query string of `query` (empty fields left out), with a paging position if given. */
export function auditSearch(query: AuditQuery, position?: { before: AuditCursor } | { after: AuditCursor }): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  if (position) {
    const [direction, at] = 'before' in position ? ['before', position.before] : ['after', position.after];
    params.set(direction, `${at.at}.${at.id}`);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
