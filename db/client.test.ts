import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/test/database';
import { closeDb } from './client';
import { auditEntries } from './schema';

describe('the connection', () => {
  afterEach(() => closeDb());

  it('prepares each SQL text once, and a kept statement answers in the form each use asks for', () => {
    const db = freshDatabase();
    db.insert(auditEntries).values({ at: new Date(), action: 'kept_statement', recordType: 'test' }).run();
    const source = `select action from audit_entries where record_type = 'test'`;
    expect(db.$client.prepare(source)).toBe(db.$client.prepare(source));

    // drizzle reads the rows of a select with fields as arrays (raw); the same text asked for plainly answers with objects.
    const query = db.select({ action: auditEntries.action }).from(auditEntries).where(eq(auditEntries.recordType, 'test'));
    expect(query.all()).toEqual([{ action: 'kept_statement' }]);
    expect(db.$client.prepare(query.toSQL().sql).all('test')).toEqual([{ action: 'kept_statement' }]);
    expect(query.all()).toEqual([{ action: 'kept_statement' }]);

    // Any row mode is undone, and a statement still being walked through is not handed out.
    db.$client.prepare(source).pluck();
    expect(db.$client.prepare(source).all()).toEqual([{ action: 'kept_statement' }]);
    for (const row of db.$client.prepare(source).iterate()) {
      expect(row).toEqual({ action: 'kept_statement' });
      expect(db.$client.prepare(source).all()).toEqual([{ action: 'kept_statement' }]);
    }
  });
});
