'use client';

import { useLocale } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTranslations } from '@/components/shell/use-translations';
import { useEffect, useRef, useState, useTransition } from 'react';
import { formatList } from '@/lib/domain/format-list';
import { burstAnnouncement, type LiveChange } from '@/lib/domain/live-announcement';
import { useParagraphChangeStore } from './paragraph-changes';

/** How long a paragraph changed by someone else stays marked (globals.css `[data-live-change]`). */
const HIGHLIGHT_MS = 5000;

/** What a document's stream says of a change (lib/platform/events.ts ChangePayload). */
type ChangeMessage = Partial<LiveChange> & { kind: string; mine?: boolean };

/** The page's name for a paragraph (paragraph-block.tsx `data-label`), null when it is not shown. */
function shownName(paragraphId: number): string | null {
  return document.getElementById(`paragraph-${paragraphId}`)?.dataset.label ?? null;
}

/**
 * Keeps the page in step with the server: listens to the meeting's event stream and
 * re-renders the page (server components, fresh data) when something changed. The browser
 * reconnects by itself and sends the last event id; the page is refreshed on every
 * (re)connection too, so nothing missed while away stays missing. With `presence`, shows
 * who else has the document open. On a document's page, a change by someone else is, once
 * the refresh has drawn it, marked on its paragraph, told to the forms open on that
 * paragraph (paragraph-changes.tsx) and announced in a polite live region, a burst at once.
 */
export function LiveUpdates({
  url,
  since,
  presence = false,
  self = null,
}: {
  url: string;
  /** The last event before the page was first drawn (lib/platform/events.ts): later ones are replayed. */
  since: number;
  presence?: boolean;
  self?: string | null;
}) {
  const t = useTranslations('drafting');
  const tApp = useTranslations('app');
  const router = useRouter();
  /** `[delegation, open streams]` pairs, the secretariat as null (lib/server/presence.ts). */
  const [viewers, setViewers] = useState<[string | null, number][]>([]);
  const [connected, setConnected] = useState(true);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [refreshing, startRefresh] = useTransition();
  /** Others' changes heard since the last refresh was drawn, with their paragraphs' names before it (a deleted one has none after). */
  const heard = useRef<{ changes: LiveChange[]; namesBefore: Map<number, string> }>({ changes: [], namesBefore: new Map() });
  const [announcement, setAnnouncement] = useState('');
  const tLive = useTranslations('drafting.liveChange');
  const locale = useLocale();
  const changeStore = useParagraphChangeStore();
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
        startRefresh(() => router.refresh());
      }, 100);
    };
    const hear = (event: Event) => {
      const message = JSON.parse((event as MessageEvent<string>).data) as ChangeMessage;
      // `by` is there only on the stream of a document the viewer reads (`undefined` elsewhere).
      if (message.by !== undefined && !message.mine) {
        const change: LiveChange = { kind: message.kind, paragraphId: message.paragraphId ?? null, amendmentId: message.amendmentId ?? null, by: message.by };
        heard.current.changes.push(change);
        const name = change.paragraphId === null ? null : shownName(change.paragraphId);
        if (name && change.paragraphId !== null) heard.current.namesBefore.set(change.paragraphId, name);
      }
      refreshSoon();
    };
    let opened = false;
    source.addEventListener('open', () => {
      setConnected(true);
      if (opened) refreshSoon();
      opened = true;
    });
    source.addEventListener('error', () => setConnected(false));
    source.addEventListener('change', hear);
    source.addEventListener('presence', (event) => setViewers(JSON.parse((event as MessageEvent<string>).data) as [string | null, number][]));
    return () => {
      source.close();
      if (pending.current) clearTimeout(pending.current);
    };
  }, [url, router]);

  // Once the refresh is drawn, the changed paragraphs exist as they are now.
  useEffect(() => {
    if (refreshing || heard.current.changes.length === 0) return;
    const { changes, namesBefore } = heard.current;
    heard.current = { changes: [], namesBefore: new Map() };
    for (const change of changes) {
      if (change.paragraphId === null) continue;
      changeStore?.report(change.paragraphId, change.kind, change.by);
      const block = document.getElementById(`paragraph-${change.paragraphId}`);
      if (!block) continue;
      // An attribute React does not manage, so that re-renders leave it until it is taken off.
      block.removeAttribute('data-live-change');
      void block.offsetWidth; // restarts the animation when the same paragraph changes again
      block.setAttribute('data-live-change', '');
      setTimeout(() => block.removeAttribute('data-live-change'), HIGHLIGHT_MS);
    }
    const name = (id: number) => shownName(id) ?? namesBefore.get(id) ?? null;
    setAnnouncement(burstAnnouncement(changes, name, tLive, locale));
  }, [refreshing, changeStore, tLive, locale]);

  // Everyone but this stream itself, by delegation, each named once.
  const names = viewers
    .filter(([delegation, streams]) => streams > (delegation === self ? 1 : 0))
    .map(([delegation]) => delegation ?? tApp('secretariat'))
    .sort();

  return (
    <>
      <p className="text-sm text-muted" data-testid="live-status">
        <span aria-hidden="true" className={`mr-1 inline-block h-2 w-2 rounded-full ${connected ? 'bg-green-700' : 'bg-amber-600'}`} />
        {connected ? t('live') : t('liveLost')}
        {presence && (
          <span data-testid="presence">
            {' · '}
            {names.length ? t('viewing', { list: formatList(names, locale) }) : t('viewingNobody')}
          </span>
        )}
      </p>
      {/* In the page from the start: a live region added with its message is not read out. */}
      <p role="status" className="sr-only" data-testid="live-announcement">
        {announcement}
      </p>
    </>
  );
}
