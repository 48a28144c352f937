import { getTranslations } from 'next-intl/server';
import { listAgenda } from '@/db/queries/agenda';
import { meetingFileName } from '@/lib/domain/export-names';
import { buildCalendar } from '@/lib/domain/ics';
import { exportRoute, fileResponse } from '@/lib/server/route-guard';

export const dynamic = 'force-dynamic';

/**
 * The published programme as an iCalendar file, for every participant (the secretariat's
 * drafts stay out). A plain link: a copied address works for anyone signed in.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return exportRoute(slug, async (viewer, meeting) => {
    const items = listAgenda(viewer, meeting, { publishedOnly: true });
    const [t, tFormat] = await Promise.all([getTranslations('agenda'), getTranslations('format')]);
    const calendar = buildCalendar({
      name: `${meeting.shortTitle} — ${t('title')}`,
      timeZone: meeting.timeZone,
      now: new Date(),
      events: items.map((item) => ({
        uid: `agenda-item-${item.id}@${meeting.slug}.vancouver-group`,
        sequence: item.version - 1,
        start: item.startsAt,
        end: item.endsAt,
        summary: item.title,
        description: [item.description, item.chair && tFormat('labelled', { label: t('chair'), value: item.chair })].filter(Boolean).join('\n\n'),
        location: item.location,
        categories: [t(`kindValue.${item.kind}`)],
        lastModified: item.updatedAt,
      })),
    });
    return fileResponse(calendar, meetingFileName(meeting.slug, 'programme', 'ics'), 'text/calendar; charset=utf-8');
  });
}
