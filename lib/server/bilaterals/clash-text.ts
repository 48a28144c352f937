import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import type { NamedClash } from '@/db/errors';
import type { MeetingSummary } from '@/db/queries/meetings';
import { delegationName } from '@/lib/domain/countries';
import { formatList } from '@/lib/domain/format-list';
import { formatTimeSpan } from '@/lib/domain/format-time';

/**
 * What the secretariat reads next to the start it chose when the slot clashes, naming what
 * is in the way: "Salon A is taken 08:00–08:30 by Japan and the Republic of Korea (with the
 * 15-minute buffer)". Only the secretariat books, and it reads every bilateral.
 */
export async function describeSlotClash(clash: NamedClash, meeting: MeetingSummary): Promise<string> {
  const [t, locale] = await Promise.all([getTranslations('bilaterals.clash'), getLocale()]);
  const name = (d: { code: string; protocolName: string }) => delegationName(d.code, d.protocolName, locale);
  switch (clash.kind) {
    case 'outsideMeeting':
      return t('outsideMeeting');
    case 'noInterpretation':
      return t('noInterpretation');
    case 'plenary':
      return t('plenary', { title: clash.title, time: formatTimeSpan(new Date(clash.span.start), new Date(clash.span.end), meeting.timeZone, locale) });
    case 'room':
    case 'delegation': {
      const time = formatTimeSpan(new Date(clash.booking.start), new Date(clash.booking.end), meeting.timeZone, locale);
      const parties = formatList((clash.parties ?? []).map(name), locale);
      return clash.kind === 'room'
        ? t('room', { room: clash.roomName ?? '', time, parties })
        : t('delegation', { delegation: clash.delegation ? name(clash.delegation) : '', time, parties, room: clash.roomName ?? '' });
    }
  }
}
