import { describe, expect, it } from 'vitest';
import { auditSearch, parseAuditQuery } from './audit-filters';

const ZONE = 'America/Vancouver';

describe('the audit log’s address parameters', () => {
  it('reads days in the meeting’s zone, both ends included', () => {
    const { filters, errors } = parseAuditQuery({ from: '2018-01-15', to: '2018-01-16' }, ZONE);
    expect(errors).toEqual({});
    expect(filters.since?.toISOString()).toBe('2018-01-15T08:00:00.000Z');
    expect(filters.until?.toISOString()).toBe('2018-01-17T08:00:00.000Z');
  });

  it('reports bad values next to their field and leaves them out', () => {
    const { filters, errors, query, applied } = parseAuditQuery(
      { actor: 'jp.head@vancouver.test', from: '2018-02-30', to: 'soon', type: 'DROP TABLE', record: 'x'.repeat(101) },
      ZONE,
    );
    expect(errors).toEqual({ from: ['invalidDate'], to: ['invalidDate'], type: ['invalidInput'], record: ['tooLong'] });
    expect(filters).toEqual({ actorEmail: 'jp.head@vancouver.test', recordType: undefined, recordId: undefined, since: undefined, until: undefined });
    expect(query.from).toBe('2018-02-30'); // shown again as typed
    expect(applied).toEqual({ actor: 'jp.head@vancouver.test', type: '', record: '', from: '', to: '' }); // links carry what was applied
  });

  it('refuses a range that ends before it starts', () => {
    const { filters, errors } = parseAuditQuery({ from: '2018-01-16', to: '2018-01-15' }, ZONE);
    expect(errors).toEqual({ to: ['dateRangeReversed'] });
    expect(filters.since).toBeDefined();
    expect(filters.until).toBeUndefined();
  });

  it('treats blank fields as no filter, takes the first of repeated ones and normalises the actor', () => {
    const { filters, errors } = parseAuditQuery({ actor: [' JP.Staff@Vancouver.test ', 'other'], type: '', record: '  ' }, ZONE);
    expect(errors).toEqual({});
    expect(filters).toMatchObject({ actorEmail: 'jp.staff@vancouver.test', recordType: undefined, recordId: undefined });
  });

  it('reads a paging position, ignoring a malformed one', () => {
    expect(parseAuditQuery({ before: '1516122000000.42' }, ZONE).position).toEqual({ before: { at: 1516122000000, id: 42 } });
    expect(parseAuditQuery({ after: '7.8' }, ZONE).position).toEqual({ after: { at: 7, id: 8 } });
    expect(parseAuditQuery({ before: '1e3.4' }, ZONE).position).toBeNull();
  });

  it('writes the filters back into a query string, with a position when paging', () => {
    const { query } = parseAuditQuery({ actor: 'jp.head@vancouver.test', from: '2018-01-16' }, ZONE);
    expect(auditSearch(query)).toBe('?actor=jp.head%40vancouver.test&from=2018-01-16');
    expect(auditSearch(query, { before: { at: 5, id: 6 } })).toBe('?actor=jp.head%40vancouver.test&from=2018-01-16&before=5.6');
    expect(auditSearch({ actor: '', type: '', record: '', from: '', to: '' })).toBe('');
  });
});
