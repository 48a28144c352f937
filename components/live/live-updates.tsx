'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from '@/components/shell/client-messages';
import { useEffect, useRef, useState } from 'react';

/**
 * Keeps the page in step with the server: listens to the meeting's event stream and
 * re-renders the page (server components, fresh data) when something changed. The browser
 * reconnects by itself and sends the last event id; the page is refreshed on every
 * (re)connection too, so nothing missed while away stays missing. With `presence`, shows
 * who else has the document open.
 */
export function LiveUpdates({
  url,
  since,
  presence = false,
  self = null,
}: {
  url: string;
  /** The last event before the page was first drawn (lib/events.ts): later ones are replayed. */
  since: number;
  presence?: boolean;
  self?: string | null;
}) {
  const t = useTranslations('drafting');
  const tApp = useTranslations('app');
  const router = useRouter();
  /** `[delegation, open streams]` pairs, the secretariat as null (lib/presence.ts). */
  const [viewers, setViewers] = useState<[string | null, number][]>([]);
  const [connected, setConnected] = useState(true);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The first drawing's: a refresh draws the page again with a later one, which must not
  // reopen the stream.
  const firstSince = useRef(since);

  useEffect(() => {
    const source = new EventSource(`${url}${url.includes('?') ? '&' : '?'}since=${firstSince.current}`);
    const refreshSoon = () => {
      // Several events in a burst (an accepted amendment moves text and status) → one refresh.
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        router.refresh();
      }, 100);
    };
    let opened = false;
    source.addEventListener('open', () => {
      setConnected(true);
      if (opened) refreshSoon();
      opened = true;
    });
    source.addEventListener('error', () => setConnected(false));
    source.addEventListener('change', refreshSoon);
    source.addEventListener('presence', (event) => setViewers(JSON.parse((event as MessageEvent<string>).data) as [string | null, number][]));
    return () => {
      source.close();
      if (pending.current) clearTimeout(pending.current);
    };
  }, [url, router]);

  // Everyone but this stream itself, by delegation, each named once.
  const names = viewers
    .filter(([delegation, streams]) => streams > (delegation === self ? 1 : 0))
    .map(([delegation]) => delegation ?? tApp('secretariat'))
    .sort();

  return (
    <p className="text-sm text-muted" data-testid="live-status">
      <span aria-hidden="true" className={`mr-1 inline-block h-2 w-2 rounded-full ${connected ? 'bg-green-700' : 'bg-amber-600'}`} />
      {connected ? t('live') : t('liveLost')}
      {presence && (
        <span data-testid="presence">
          {' · '}
          {names.length ? t('viewing', { list: names.join(', ') }) : t('viewingNobody')}
        </span>
      )}
    </p>
  );
}
