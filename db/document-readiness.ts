import 'server-only';
import { delegationName } from '@/lib/domain/countries';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { translationLanguage, translationState } from '@/lib/domain/translation-state';
import { countBrackets } from '@/lib/domain/brackets';
import { numbersWithinKind } from '@/lib/domain/paragraph-numbers';
import type { Db } from './client';
import { amendments, delegations, meetings, outcomeDocuments, paragraphs, paragraphTranslations } from './schema';

type ParagraphKind = (typeof paragraphs.$inferSelect)['kind'];

/** A paragraph as delegates name it: its kind and its number among paragraphs of that kind. */
export type ParagraphName = { id: number; kind: ParagraphKind; number: number };

export type OpenParagraph = ParagraphName & { status: 'draft' | 'bracketed' | 'agreed_ad_ref' | 'agreed'; openBrackets: number };

export type OpenAmendment = {
  id: number;
  delegation: string;
  paragraph: ParagraphName;
  paragraphVersion: number;
  /** The paragraph's text when the amendment was proposed, and now (they differ when stale). */
  baseText: string;
  currentText: string;
  stale: boolean;
};

/** A paragraph whose other-language version is missing or was made from an earlier text. */
export type UntranslatedParagraph = ParagraphName & { state: 'missing' | 'outOfDate' };

/**
 * What still stands between a text and its adoption: paragraphs that hold a bracket or are
 * still "draft", open amendments, and in a meeting of two working languages paragraphs whose
 * translation is not current. The text is ready when every list is empty.
 */
export type OpenItems = {
  paragraphs: OpenParagraph[];
  /** Empty for a meeting that works in one language. */
  translations: UntranslatedParagraph[];
  /** The first `amendmentLimit` open amendments, oldest first; `amendmentCount` counts them all. */
  amendments: OpenAmendment[];
  amendmentCount: number;
};

/**
 * The open items of document `documentId` (callers check access first; the mutations call
 * it inside their transaction). A fixed number of queries whatever the text's size.
 * Delegations are named in `locale`.
 */
export function openItems(db: Db, documentId: number, amendmentLimit: number, locale: Locale = DEFAULT_LOCALE): OpenItems {
  const live = and(eq(paragraphs.documentId, documentId), isNull(paragraphs.deletedAt));
  const languages = db
    .select({ working: meetings.workingLanguages, negotiating: outcomeDocuments.negotiatingLanguage })
    .from(outcomeDocuments)
    .innerJoin(meetings, eq(meetings.id, outcomeDocuments.meetingId))
    .where(eq(outcomeDocuments.id, documentId))
    .get();
  const otherLanguage = languages ? translationLanguage(languages.working, languages.negotiating) : null;
  const rows = db
    .select({
      id: paragraphs.id,
      kind: paragraphs.kind,
      status: paragraphs.status,
      text: paragraphs.text,
      version: paragraphs.version,
      translatedFrom: paragraphTranslations.sourceText,
    })
    .from(paragraphs)
    .leftJoin(paragraphTranslations, and(eq(paragraphTranslations.paragraphId, paragraphs.id), eq(paragraphTranslations.language, otherLanguage ?? 'en')))
    .where(live)
    .orderBy(asc(paragraphs.position))
    .all();
  const numbers = numbersWithinKind(rows.map((r) => r.kind));
  const named = new Map(rows.map((r, i) => [r.id, { row: r, name: { id: r.id, kind: r.kind, number: numbers[i] } }]));
  const openParagraphs = rows.flatMap((r, i): OpenParagraph[] => {
    const openBrackets = countBrackets(r.text);
    return r.status === 'draft' || r.status === 'bracketed' || openBrackets > 0
      ? [{ id: r.id, kind: r.kind, number: numbers[i], status: r.status, openBrackets }]
      : [];
  });
  const openOnLive = and(live, eq(amendments.status, 'open'));
  const amendmentCount =
    db.select({ n: count() }).from(amendments).innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId)).where(openOnLive).get()?.n ?? 0;
  const listed = amendmentLimit
    ? db
        .select({
          id: amendments.id,
          paragraphId: amendments.paragraphId,
          code: delegations.countryCode,
          delegation: delegations.protocolName,
          baseText: amendments.baseText,
          baseParagraphVersion: amendments.baseParagraphVersion,
        })
        .from(amendments)
        .innerJoin(paragraphs, eq(paragraphs.id, amendments.paragraphId))
        .innerJoin(delegations, eq(delegations.id, amendments.delegationId))
        .where(openOnLive)
        .orderBy(asc(amendments.id))
        .limit(amendmentLimit)
        .all()
    : [];
  const translations = otherLanguage
    ? rows.flatMap((r, i): UntranslatedParagraph[] => {
        const state = translationState(r.text, r.translatedFrom === null ? null : { sourceText: r.translatedFrom });
        return state === 'current' ? [] : [{ id: r.id, kind: r.kind, number: numbers[i], state }];
      })
    : [];
  return {
    paragraphs: openParagraphs,
    translations,
    amendments: listed.flatMap((a) => {
      const paragraph = named.get(a.paragraphId);
      if (!paragraph) return [];
      return [
        {
          id: a.id,
          delegation: delegationName(a.code, a.delegation, locale),
          paragraph: paragraph.name,
          paragraphVersion: paragraph.row.version,
          baseText: a.baseText,
          currentText: paragraph.row.text,
          stale: paragraph.row.version !== a.baseParagraphVersion,
        },
      ];
    }),
    amendmentCount,
  };
}

