'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { useNow } from './use-now';

type Props = {
  startsAt: string;
  endsAt: string;
  /** The latest start among items starting before this one: once it has passed, this one is next. */
  previousStartsAt: string | null;
  meeting: { startsAt: string; endsAt: string };
};

/**
 * "Now" on the item under way and "Next" on the one to come, while the meeting runs,
 * by the viewer's own clock (refreshed each minute). Nothing outside the meeting.
 */
export function NowNextBadge({ startsAt, endsAt, previousStartsAt, meeting }: Props) {
  const t = useTranslations('agenda');
  const now = useNow();
  if (now === null || now < Date.parse(meeting.startsAt) || now >= Date.parse(meeting.endsAt)) return null;
  const start = Date.parse(startsAt);
  const isNow = start <= now && now < Date.parse(endsAt);
  const isNext = now < start && (previousStartsAt === null || Date.parse(previousStartsAt) <= now);
  if (!isNow && !isNext) return null;
  return (
    <span className={`badge ml-2 align-middle ${isNow ? 'border-green-800 bg-green-50 text-green-900' : 'text-navy'}`}>
      {isNow ? t('now') : t('next')}
    </span>
  );
}
