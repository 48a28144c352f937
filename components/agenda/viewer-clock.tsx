'use client';

import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/shell/use-translations';
import { useSyncExternalStore } from 'react';
import { formatViewerSpan } from '@/lib/domain/format-time';

const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noChange = () => () => {};

/**
 * The item's time on the viewer's own clock, beside the meeting's, when the two differ.
 * The server cannot know the viewer's zone, so this renders in the browser only.
 */
export function ViewerClock({ startsAt, endsAt, meetingZone }: { startsAt: string; endsAt: string; meetingZone: string }) {
  const t = useTranslations('agenda');
  const locale = useLocale();
  const zone = useSyncExternalStore(noChange, viewerZone, () => null);
  const span = zone ? formatViewerSpan(new Date(startsAt), new Date(endsAt), meetingZone, zone, locale) : null;
  if (!span) return null;
  return <p className="text-sm text-muted">{t('yourTime', { span })}</p>;
}
