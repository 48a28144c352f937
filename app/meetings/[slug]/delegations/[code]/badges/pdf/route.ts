import { getLocale, getTranslations } from 'next-intl/server';
import { getBadgeSheet } from '@/db/queries/accreditation';
import { CATEGORY_COLOURS } from '@/lib/domain/accreditation/categories';
import { meetingFileName } from '@/lib/domain/export-names';
import { formatDates } from '@/lib/domain/format-time';
import { renderBadgeSheet } from '@/lib/server/pdf/badges';
import { exportRoute, fileResponse } from '@/lib/server/route-guard';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; code: string }> };

/** The delegation's valid badges, ten to an A4 sheet with crop marks: printed by the secretariat. */
export async function GET(_request: Request, { params }: Context) {
  const { slug, code } = await params;
  return exportRoute(slug, async (viewer, meeting) => {
    const sheet = getBadgeSheet(viewer, meeting, code);
    const [t, tDelegations, locale] = await Promise.all([getTranslations('format.exports'), getTranslations('delegations'), getLocale()]);
    const bytes = await renderBadgeSheet({
      meetingTitle: meeting.title,
      meetingDates: formatDates(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale),
      delegationName: sheet.delegation.protocolName,
      language: locale,
      labels: {
        title: t('badgesTitle'),
        subject: t('badgesSubject', { delegation: sheet.delegation.protocolName, title: meeting.title }),
        noPhoto: t('badgeNoPhoto'),
        zones: t('badgeZones'),
        ticketLabel: t('badgeTicket'),
      },
      cards: sheet.badges.map((badge) => ({
        fullName: badge.fullName,
        title: badge.title,
        functionLabel: tDelegations(`functionValue.${badge.function}`),
        delegationName: badge.delegation.protocolName,
        countryCode: badge.delegation.code,
        categoryLabel: tDelegations(`categoryValue.${badge.category}`),
        categoryColour: CATEGORY_COLOURS[badge.category],
        zones: badge.zones,
        photoJpeg: badge.photoJpeg,
        ticket: badge.ticket,
      })),
    });
    return fileResponse(bytes, meetingFileName(meeting.slug, `badges-${code}`, 'pdf'), 'application/pdf');
  });
}
