'use client';

import { useLocale } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTranslations } from '@/components/shell/use-translations';
import { useEffect, useSyncExternalStore } from 'react';
import { formatPreciseTime, zoneLabel } from '@/lib/domain/format-time';

/** The time left as days (in words of the interface language) and a clock. */
function remaining(ms: number, tFormat: ReturnType<typeof useTranslations>): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const clock = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return days > 0 ? tFormat('daysAndClock', { days, clock }) : clock;
}

const everySecond = (tick: () => void) => {
  const timer = setInterval(tick, 1000);
  return () => clearInterval(timer);
};
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;
const noClockOnServer = () => null;

/**
 * The time left under silence, ticking, and the deadline in the viewer's own zone. When
 * it runs out the page is refreshed: the server adopts the text as it is read.
 */
export function SilenceCountdown({ deadline }: { deadline: string }) {
  const t = useTranslations('drafting');
  const tFormat = useTranslations('format');
  const locale = useLocale();
  const router = useRouter();
  const end = new Date(deadline).getTime();
  // The clock only exists in the browser: the server renders nothing, then it ticks.
  const now = useSyncExternalStore(everySecond, currentSecond, noClockOnServer);
  const over = now !== null && now >= end;
  useEffect(() => {
    if (over) router.refresh();
  }, [over, router]);
  if (now === null) return null;
  // In the interface language, not the browser's: a French page says "4 déc. 2026, 07:16:00".
  const ownZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const local = tFormat('inZone', {
    time: formatPreciseTime(new Date(end), ownZone, locale),
    zone: zoneLabel(ownZone, locale, new Date(end)),
  });
  return (
    <p className="text-sm">
      {t('silenceLocal', { local })}{' '}
      {/* Announced politely once a minute would be noise; the visible clock is enough. */}
      <span className="font-semibold" data-testid="silence-time-left">
        {over ? t('silenceEnded') : t('timeLeft', { time: remaining(end - now, tFormat) })}
      </span>
    </p>
  );
}
