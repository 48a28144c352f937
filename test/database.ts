import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { meetingSecretariat, meetings, users } from '@/db/schema';
import { findViewer } from '@/db/queries/viewer';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '@/db/seed/demo';
import { hashPassword } from '@/lib/platform/password';
import type { Viewer } from '@/db/viewer';

/** Points the app at a new, migrated database file in a temporary folder. */
export function freshDatabase() {
  closeDb();
  process.env.DATABASE_PATH = path.join(mkdtempSync(path.join(tmpdir(), 'vg-test-')), 'test.db');
  const db = getDb();
  runMigrations(db);
  return db;
}

/** A fresh database holding the Vancouver demo meeting. */
export async function demoDatabase() {
  const db = freshDatabase();
  await seedDemoIfEmpty(db);
  return db;
}

let demoTemplate: string | undefined;

/**
 * A fresh copy of a demo database seeded once per test file: for tests that need a clean
 * demo meeting many times over, where seeding each time would cost seconds.
 */
export async function demoDatabaseCopy() {
  if (!demoTemplate) {
    await demoDatabase();
    demoTemplate = process.env.DATABASE_PATH!;
  }
  closeDb(); // folds the write-ahead log into the file, so the copy holds everything
  process.env.DATABASE_PATH = path.join(mkdtempSync(path.join(tmpdir(), 'vg-test-')), 'test.db');
  copyFileSync(demoTemplate, process.env.DATABASE_PATH);
  return getDb();
}

/** The viewer for a demo account, as a signed-in request would see it. */
export function viewerFor(email: string): Viewer {
  const user = getDb()
    .select({ id: users.id, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email))
    .get();
  const viewer = user && findViewer(user.id, user.sessionVersion);
  if (!viewer) throw new Error(`no active demo account ${email}`);
  return viewer;
}

let demoPasswordHash: Promise<string> | undefined;

/**
 * A second meeting with a secretariat account of its own (`email`, the demo password), which
 * serves only that meeting: the matrix's "secretariat of another meeting". Returns its viewer.
 */
export async function otherMeetingSecretariat(email: string): Promise<Viewer> {
  demoPasswordHash ??= hashPassword(DEMO_PASSWORD);
  const passwordHash = await demoPasswordHash;
  const db = getDb();
  const meeting = db
    .insert(meetings)
    .values({
      slug: 'ottawa-2019',
      title: 'Ottawa Ministerial on Ocean Governance',
      shortTitle: 'OMOG/2019',
      venue: 'Lester B. Pearson Building',
      city: 'Ottawa',
      timeZone: 'America/Toronto',
      startsAt: new Date('2019-03-04T14:00:00Z'),
      endsAt: new Date('2019-03-05T22:00:00Z'),
    })
    .returning({ id: meetings.id })
    .get();
  const user = db.insert(users).values({ email, name: 'Ottawa Secretariat', role: 'secretariat', passwordHash }).returning({ id: users.id }).get();
  db.insert(meetingSecretariat).values({ meetingId: meeting.id, userId: user.id }).run();
  return viewerFor(email);
}
