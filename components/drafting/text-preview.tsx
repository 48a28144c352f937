import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { focusAddress, type FocusState } from '@/lib/domain/document-focus';
import { operativeNumbers } from '@/lib/domain/paragraph-numbers';
import type { PreviewParagraph } from '@/lib/domain/text-preview';

/** Links between the working text and its two read-only previews; the address holds which. */
export async function PreviewLinks({ base, state }: { base: string; state: FocusState }) {
  const t = await getTranslations('documentFocus');
  const links = [
    { preview: null, label: t('workingText') },
    { preview: 'accepted', label: t('previewAccepted') },
    { preview: 'rejected', label: t('previewRejected') },
  ] as const;
  return (
    <nav aria-label={t('previewLinks')} className="font-sans no-print">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links.map((link) => (
          <li key={link.preview ?? 'working'}>
            <Link
              href={focusAddress(base, { show: 'all', section: state.section, preview: link.preview })}
              aria-current={link.preview === state.preview ? 'page' : undefined}
              className="aria-[current=page]:font-semibold"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The text as it would read with every open amendment accepted or rejected: read-only,
 * labelled as no agreed text, each change saying whose proposal it is.
 */
export async function TextPreview({ mode, paragraphs }: { mode: 'accepted' | 'rejected'; paragraphs: PreviewParagraph[] }) {
  const t = await getTranslations('documentFocus');
  const kept = paragraphs.filter((p) => p.text !== null);
  const numbers = new Map(operativeNumbers(kept.map((p) => p.kind)).map((n, i) => [kept[i].key, n]));
  return (
    <section aria-labelledby="preview-title" className="space-y-4 rounded border-2 border-dashed border-rule bg-paper p-5" data-testid="text-preview">
      <div className="font-sans">
        <h2 id="preview-title" className="text-xl font-semibold">{t('previewTitle')}</h2>
        <p className="text-sm">{t(mode === 'accepted' ? 'previewAcceptedIntro' : 'previewRejectedIntro')}</p>
      </div>
      <div className="space-y-3 font-serif text-lg">
        {paragraphs.map((p) => (
          <div key={p.key} data-testid="preview-paragraph">
            {p.text === null ? (
              <p className="font-sans text-sm italic text-muted">{t('previewDeletedBy', { delegation: p.changedBy ?? '' })}</p>
            ) : p.kind === 'heading' ? (
              <h3 className="pt-3 font-semibold">{p.text}</h3>
            ) : (
              <div className="flex gap-3">
                <span className="w-8 shrink-0 text-right font-semibold">{numbers.get(p.key) ? `${numbers.get(p.key)}.` : ''}</span>
                <p className={`flex-1 ${p.kind === 'preambular' ? 'italic' : ''}`} data-testid="preview-text">{p.text}</p>
              </div>
            )}
            {p.text !== null && p.changedBy && (
              <p className="ml-11 font-sans text-sm text-muted">{t(p.inserted ? 'previewInsertedBy' : 'previewChangedBy', { delegation: p.changedBy })}</p>
            )}
            {p.competing > 0 && (
              <p className="ml-11 font-sans text-sm font-semibold" data-testid="preview-competing">
                {t('previewCompeting', { count: p.competing, delegation: p.changedBy ?? '' })}
              </p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
