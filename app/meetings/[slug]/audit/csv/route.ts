import type { NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { AccessDenied } from '@/db/access';
import { allAuditEntries, type AuditEntryView } from '@/db/queries/audit';
import { getMeeting, type MeetingSummary } from '@/db/queries/meetings';
import { parseAuditQuery } from '@/lib/domain/audit-filters';
import { CSV_BOM, csvLines } from '@/lib/domain/csv';
import { exportRefusal } from '@/lib/server/export-limit';
import { formatSortableTime } from '@/lib/domain/format-time';
import { getViewer } from '@/lib/server/viewer';

export const dynamic = 'force-dynamic';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * The audit log as CSV, with the page's filters (`?actor=…&type=…&record=…&from=…&to=…`)
 * and its rules: every entry for the secretariat, the delegation's own for a head, 404 for
 * staff. Streamed in batches, so the whole log of a large meeting never sits in memory.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'signed_out' }, { status: 401 });
  const { slug } = await params;
  let batches: Generator<AuditEntryView[]>;
  let first: IteratorResult<AuditEntryView[]>;
  let meeting: MeetingSummary;
  try {
    meeting = getMeeting(viewer, slug);
    const { filters, errors } = parseAuditQuery(Object.fromEntries(request.nextUrl.searchParams), meeting.timeZone);
    if (Object.keys(errors).length > 0) return Response.json({ error: 'Some filters are not valid.', fields: errors }, { status: 400 });
    batches = allAuditEntries(viewer, meeting, filters);
    // The access check runs with the first batch: a refusal is answered before any byte is sent.
    first = batches.next();
  } catch (error) {
    if (error instanceof AccessDenied) return Response.json({ error: 'not_found' }, { status: 404 });
    throw error;
  }

  const refusal = exportRefusal(viewer.userId);
  if (refusal) return refusal;

  const t = await getTranslations('audit');
  const { timeZone } = meeting;
  const rows = (entries: AuditEntryView[]) =>
    csvLines(
      entries.map((e) => [
        formatSortableTime(e.at, timeZone),
        e.at.toISOString(),
        e.actor?.name ?? t('system'),
        e.actor?.email ?? null,
        e.delegation,
        e.action,
        e.recordType,
        e.recordId,
        e.outcome,
        e.details === 'withheld' ? t('csvWithheld') : json(e.details.before),
        e.details === 'withheld' ? t('csvWithheld') : json(e.details.after),
      ]),
    );
  const header = csvLines([
    [
      t('csvTimeLocal', { zone: timeZone }),
      t('csvTimeUtc'),
      t('who'),
      t('csvActorEmail'),
      t('csvDelegation'),
      t('csvAction'),
      t('csvRecordType'),
      t('csvRecordId'),
      t('csvOutcome'),
      t('csvBefore'),
      t('csvAfter'),
    ],
  ]);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + header + (first.done ? '' : rows(first.value))));
    },
    pull(controller) {
      const next = batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(rows(next.value)));
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-${meeting.slug}-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
