'use client';

import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';

/** What others last did to a paragraph's text, as the live stream told it. */
export type ParagraphChange = {
  kind: 'paragraph_edited' | 'amendment_accepted';
  /** The acting delegation's protocol name; null for the secretariat. */
  by: string | null;
  /** Increasing per change on this page: tells a change from one seen before. */
  seq: number;
};

/** What changes a paragraph's text in place. A deleted paragraph's block, and the forms in it, leave the page. */
const TEXT_CHANGES = new Set<string>(['paragraph_edited', 'amendment_accepted']);

/**
 * The changes by others to each paragraph since the page opened, kept outside React state
 * so that a change re-renders only the forms open on that paragraph, not the whole text.
 */
class ParagraphChangeStore {
  private seq = 0;
  private readonly latest = new Map<number, ParagraphChange>();
  private readonly listeners = new Set<() => void>();

  /** Records a change to `paragraphId` if it touched its text; other kinds are ignored. */
  report(paragraphId: number, kind: string, by: string | null) {
    if (!TEXT_CHANGES.has(kind)) return;
    this.latest.set(paragraphId, { kind: kind as ParagraphChange['kind'], by, seq: ++this.seq });
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  changeOf(paragraphId: number): ParagraphChange | null {
    return this.latest.get(paragraphId) ?? null;
  }

  lastSeq(): number {
    return this.seq;
  }
}

const ParagraphChangesContext = createContext<ParagraphChangeStore | null>(null);

/** Around a document's page: LiveUpdates reports into it, the paragraph forms read from it. */
export function ParagraphChanges({ children }: { children: ReactNode }) {
  const [store] = useState(() => new ParagraphChangeStore());
  return <ParagraphChangesContext.Provider value={store}>{children}</ParagraphChangesContext.Provider>;
}

/** For LiveUpdates: where to report others' changes; null outside a document's page. */
export function useParagraphChangeStore(): ParagraphChangeStore | null {
  return useContext(ParagraphChangesContext);
}

const nothingToWatch = () => () => {};

/**
 * The latest change by someone else to the paragraph's text since the calling form opened
 * (or since `acknowledge`), null if none: what a form editing the paragraph warns of.
 */
export function useParagraphChangedBy(paragraphId: number): { change: ParagraphChange | null; acknowledge: () => void } {
  const store = useContext(ParagraphChangesContext);
  const change = useSyncExternalStore(
    store?.subscribe ?? nothingToWatch,
    () => store?.changeOf(paragraphId) ?? null,
    () => null,
  );
  const [seen, setSeen] = useState(() => store?.lastSeq() ?? 0);
  return { change: change && change.seq > seen ? change : null, acknowledge: () => setSeen(store?.lastSeq() ?? 0) };
}
