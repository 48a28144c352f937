import { writeDatabase } from './database';

export type SeededStatement = {
  /** The ISO code of the delegation that wrote it. */
  delegation: string;
  title: string;
  visibility: 'delegation' | 'secretariat' | 'circulated';
};

/**
 * Writes position statements of one version each, on no agenda item, straight into the
 * server's database: a list long enough to need pages would take minutes to write through
 * the form. The search index follows through the database's own triggers.
 */
export function seedStatementsDirectly(meetingSlug: string, statements: SeededStatement[]): void {
  writeDatabase((db) => {
    const { id: meetingId } = db.prepare('select id from meetings where slug = ?').get(meetingSlug) as { id: number };
    const delegationId = db.prepare('select id from delegations where meeting_id = ? and country_code = ?').pluck();
    const insertStatement = db.prepare(
      `insert into position_statements (meeting_id, delegation_id, title, visibility, shared_from_version, circulated_from_version, circulated_at, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertVersion = db.prepare('insert into position_versions (statement_id, number, body, created_at) values (?, 1, ?, ?)');
    const now = Date.now();
    for (const { delegation, title, visibility } of statements) {
      const shared = visibility === 'delegation' ? null : 1;
      const circulated = visibility === 'circulated';
      const { lastInsertRowid } = insertStatement.run(meetingId, delegationId.get(meetingId, delegation), title, visibility, shared, circulated ? 1 : null, circulated ? now : null, now);
      insertVersion.run(lastInsertRowid, `The text of ${title}.`, now);
    }
  });
}

/**
 * Writes invited accounts (no password yet) of the meeting's delegations straight into the
 * server's database: a list long enough to need pages. `accounts` name each one's
 * delegation by ISO code.
 */
export function seedAccountsDirectly(meetingSlug: string, accounts: { delegation: string; name: string; email: string }[]): void {
  writeDatabase((db) => {
    const delegationId = db.prepare('select d.id from delegations d join meetings m on m.id = d.meeting_id where m.slug = ? and d.country_code = ?').pluck();
    const insert = db.prepare(`insert into users (email, name, role, delegation_id, created_at) values (?, ?, 'staff', ?, ?)`);
    const now = Date.now();
    for (const { delegation, name, email } of accounts) insert.run(email, name, delegationId.get(meetingSlug, delegation), now);
  });
}

/** Writes roster members (advisers put forward, their accreditation requested) of the meeting's delegations straight into the server's database. */
export function seedRosterMembersDirectly(meetingSlug: string, members: { delegation: string; fullName: string }[]): void {
  writeDatabase((db) => {
    const delegationId = db.prepare('select d.id from delegations d join meetings m on m.id = d.meeting_id where m.slug = ? and d.country_code = ?').pluck();
    const insert = db.prepare(`insert into roster_members (delegation_id, full_name, function, category) values (?, ?, 'adviser', 'adviser')`);
    for (const { delegation, fullName } of members) insert.run(delegationId.get(meetingSlug, delegation), fullName);
  });
}
