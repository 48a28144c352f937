import { getTranslations } from 'next-intl/server';
import { AccessDenied } from '@/db/access';
import { listAgenda } from '@/db/queries/agenda';
import { getMeeting } from '@/db/queries/meetings';
import { buildCalendar } from '@/lib/ics';
import { getViewer } from '@/lib/viewer';

export const dynamic = 'force-dynamic';

/**
 * The published programme as an iCalendar file, for every participant (the secretariat's
 * drafts stay out). A plain link: a copied address works for anyone signed in.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'signed_out' }, { status: 401 });
  try {
    const meeting = getMeeting(viewer, slug);
    const items = listAgenda(viewer, meeting, { publishedOnly: true });
    const t = await getTranslations('agenda');
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
        description: [item.description, item.chair && `${t('chair')}: ${item.chair}`].filter(Boolean).join('\n\n'),
        location: item.location,
        categories: [t(`kindValue.${item.kind}`)],
        lastModified: item.updatedAt,
      })),
    });
    return new Response(calendar, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${meeting.slug}-programme.ics"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AccessDenied) {
      return Response.json({ error: error.status === 404 ? 'not_found' : 'forbidden' }, { status: error.status });
    }
    throw error;
  }
}
