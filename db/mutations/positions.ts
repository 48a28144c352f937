import 'server-only';
import type { AuditAction } from '@/lib/domain/audit-actions';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { publish } from '@/lib/platform/events';
import { writeTransaction, type Db } from '../client';
import {
  deny,
  hasReached,
  mayAdvancePosition,
  mayRevisePosition,
  mayWritePositions,
} from '../access';
import type { Viewer } from '../viewer';
import { RuleViolation, VersionConflict } from '../errors';
import { agendaItems, positionStatements, positionVersions } from '../schema';
import { readablePositions } from '../queries/positions';
import type { MeetingSummary } from '../queries/meetings';
import { notifyStatementCirculated } from './notifications';
import { writeAudit } from './audit';

// Control characters other than tab and line breaks: never meaningful in a statement, and
// search marks its matches with two of them (lib/domain/search-marks.ts).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const clean = (text: string) => text.replace(CONTROL_CHARACTERS, '');

const RECORD = 'position_statement';

/** The statement as a stale writer is shown it: what is saved now. */
export type PositionConflict = { version: number; title: string; body: string };

type Statement = {
  id: number;
  delegationId: number;
  visibility: 'delegation' | 'secretariat' | 'circulated';
  title: string;
  version: number;
  sharedFromVersion: number | null;
};

/**
 * The statement if the viewer may read it; otherwise a logged 404 refusal, so that a
 * confidential draft's existence is not confirmed by trying to write to it.
 */
function readableStatement(tx: Db, viewer: Viewer, meeting: MeetingSummary, id: number, action: AuditAction): Statement {
  const statement = tx
    .select({
      id: positionStatements.id,
      delegationId: positionStatements.delegationId,
      visibility: positionStatements.visibility,
      title: positionStatements.title,
      version: positionStatements.version,
      sharedFromVersion: positionStatements.sharedFromVersion,
    })
    .from(positionStatements)
    .where(and(eq(positionStatements.id, id), eq(positionStatements.meetingId, meeting.id), readablePositions(viewer, meeting.id)))
    .get();
  return statement ?? deny(viewer, 404, { action, recordType: RECORD, recordId: id, meetingId: meeting.id });
}

function currentBody(tx: Db, statementId: number, version: number): string {
  return (
    tx
      .select({ body: positionVersions.body })
      .from(positionVersions)
      .where(and(eq(positionVersions.statementId, statementId), eq(positionVersions.number, version)))
      .get()?.body ?? ''
  );
}

function conflict(tx: Db, statementId: number): VersionConflict<PositionConflict> {
  const now = tx
    .select({ version: positionStatements.version, title: positionStatements.title })
    .from(positionStatements)
    .where(eq(positionStatements.id, statementId))
    .get()!;
  return new VersionConflict({ ...now, body: currentBody(tx, statementId, now.version) });
}

/**
 * A new statement of the viewer's delegation, kept "delegation only", with its first
 * version. For a delegation's staff and head; the secretariat is refused (403). The agenda
 * item must be a published item of the meeting (RuleViolation `unknownAgendaItem`), or null
 * for a general statement. Returns the new statement's id.
 */
export function createPosition(
  viewer: Viewer,
  meeting: MeetingSummary,
  input: { agendaItemId: number | null; title: string; body: string },
): { id: number } {
  const action = 'create_position';
  return writeTransaction((tx) => {
    const delegation = viewer.delegation;
    if (!mayWritePositions(viewer) || delegation?.meetingId !== meeting.id) {
      deny(viewer, 403, { action, recordType: 'meeting', recordId: meeting.slug, meetingId: meeting.id });
    }
    if (input.agendaItemId !== null) {
      const item = tx
        .select({ id: agendaItems.id })
        .from(agendaItems)
        .where(
          and(
            eq(agendaItems.id, input.agendaItemId),
            eq(agendaItems.meetingId, meeting.id),
            isNotNull(agendaItems.publishedAt),
          ),
        )
        .get();
      if (!item) throw new RuleViolation('unknownAgendaItem', 'agendaItemId');
    }
    const title = clean(input.title);
    const body = clean(input.body);
    const now = new Date();
    const { id } = tx
      .insert(positionStatements)
      .values({
        meetingId: meeting.id,
        delegationId: delegation.id,
        agendaItemId: input.agendaItemId,
        title,
        visibility: 'delegation',
        version: 1,
        updatedAt: now,
      })
      .returning({ id: positionStatements.id })
      .get();
    tx.insert(positionVersions).values({ statementId: id, number: 1, body, authorUserId: viewer.userId, createdAt: now }).run();
    writeAudit(tx, viewer, {
      action,
      recordType: RECORD,
      recordId: id,
      meetingId: meeting.id,
      after: { agendaItemId: input.agendaItemId, title, visibility: 'delegation', version: 1, body },
    });
    return { id };
  });
}

/**
 * Saves a new version of a statement (title and text); earlier versions are kept as they
 * were. `expectedVersion` is the version the writer started from: if another version was
 * saved since, throws VersionConflict with what is saved now. A circulated statement stays
 * circulated and the new version supersedes the old for everyone; only the head may do that
 * (DESIGN: staff prepare, the head circulates). Refusals: 404 for a statement the viewer may
 * not read, 403 for one they may read but not revise. RuleViolation `nothingChanged` when
 * title and text are as saved.
 */
export function revisePosition(
  viewer: Viewer,
  meeting: MeetingSummary,
  input: { id: number; expectedVersion: number; title: string; body: string },
): { version: number } {
  const action = 'revise_position';
  const outcome = writeTransaction((tx) => {
    const statement = readableStatement(tx, viewer, meeting, input.id, action);
    if (!mayRevisePosition(viewer, statement)) {
      deny(viewer, 403, { action, recordType: RECORD, recordId: input.id, meetingId: meeting.id });
    }
    const title = clean(input.title);
    const body = clean(input.body);
    const now = new Date();
    const updated = tx
      .update(positionStatements)
      .set({ title, version: sql`${positionStatements.version} + 1`, updatedAt: now })
      .where(and(eq(positionStatements.id, statement.id), eq(positionStatements.version, input.expectedVersion)))
      .returning({ version: positionStatements.version })
      .get();
    if (!updated) throw conflict(tx, statement.id);
    const previousBody = currentBody(tx, statement.id, statement.version);
    // Thrown after the update on purpose: it rolls the update back, and a stale writer has
    // already been told of the conflict rather than that nothing changed.
    if (title === statement.title && body === previousBody) throw new RuleViolation('nothingChanged');
    tx.insert(positionVersions)
      .values({ statementId: statement.id, number: updated.version, body, authorUserId: viewer.userId, createdAt: now })
      .run();
    writeAudit(tx, viewer, {
      action,
      recordType: RECORD,
      recordId: statement.id,
      meetingId: meeting.id,
      before: { title: statement.title, version: statement.version, body: previousBody },
      after: { title, version: updated.version, body },
    });
    return { version: updated.version, visibility: statement.visibility };
  });
  // Only what every delegation may read is announced: the event stream reaches them all.
  if (outcome.visibility === 'circulated') {
    publish({ meetingId: meeting.id, topic: 'position', recordId: input.id, kind: 'position_superseded' });
  }
  return { version: outcome.version };
}

/**
 * Moves a statement one step forward: `secretariat` (shared with the secretariat; the
 * delegation's staff or head, from "delegation only") or `circulated` (to every delegation;
 * the head only, from either earlier step, recording who and when). The version the
 * secretariat or the delegations may read starts at the current one. `expectedVersion` is the
 * version the person read: if another was saved since, throws VersionConflict, so nobody
 * shares or circulates a text they have not seen. Refusals: 404 for a statement the viewer
 * may not read, 403 for a step they may not take. RuleViolation `alreadyDone` when the
 * statement has reached the step already.
 */
export function advancePosition(
  viewer: Viewer,
  meeting: MeetingSummary,
  input: { id: number; expectedVersion: number; to: 'secretariat' | 'circulated' },
): void {
  const action = input.to === 'circulated' ? 'circulate_position' : 'share_position';
  writeTransaction((tx) => {
    const statement = readableStatement(tx, viewer, meeting, input.id, action);
    if (!mayAdvancePosition(viewer, statement, input.to)) {
      deny(viewer, 403, { action, recordType: RECORD, recordId: input.id, meetingId: meeting.id });
    }
    // Someone else took the step a moment ago: say so rather than refuse.
    if (hasReached(statement.visibility, input.to)) throw new RuleViolation('alreadyDone');
    const now = new Date();
    const sharedFromVersion = statement.sharedFromVersion ?? statement.version;
    const changes =
      input.to === 'circulated'
        ? {
            visibility: 'circulated' as const,
            sharedFromVersion,
            circulatedFromVersion: statement.version,
            circulatedByUserId: viewer.userId,
            circulatedAt: now,
          }
        : { visibility: 'secretariat' as const, sharedFromVersion };
    // The version check without a bump: no text changes, but the step applies to the
    // version the person read and to nothing saved after it.
    const updated = tx
      .update(positionStatements)
      .set(changes)
      .where(and(eq(positionStatements.id, statement.id), eq(positionStatements.version, input.expectedVersion)))
      .returning({ id: positionStatements.id })
      .get();
    if (!updated) throw conflict(tx, statement.id);
    writeAudit(tx, viewer, {
      action,
      recordType: RECORD,
      recordId: statement.id,
      meetingId: meeting.id,
      before: { visibility: statement.visibility, version: statement.version },
      after: { ...changes, version: statement.version },
    });
    if (input.to === 'circulated') notifyStatementCirculated(tx, viewer, { ...statement, meetingId: meeting.id });
  });
  if (input.to === 'circulated') {
    publish({ meetingId: meeting.id, topic: 'position', recordId: input.id, kind: 'position_circulated' });
  }
}
