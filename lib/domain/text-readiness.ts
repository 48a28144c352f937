/** What the open-items lists of db/document-readiness.ts hold, as far as readiness is concerned. */
type OpenCounts = { paragraphs: readonly unknown[]; translations: readonly unknown[]; amendmentCount: number };

/**
 * Whether nothing stands in the way of silence and adoption: no paragraph bracketed or in
 * draft, no translation missing or out of date, no amendment open. The mutations refuse on
 * it and the document page offers silence on it.
 */
export const isReady = (items: OpenCounts) => items.paragraphs.length === 0 && items.translations.length === 0 && items.amendmentCount === 0;
