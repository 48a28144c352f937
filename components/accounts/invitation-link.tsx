'use client';

import { useState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';

/**
 * A freshly issued invitation link, shown once to copy into a message (there is no mail
 * server). Selecting the field selects the whole link; the button copies it.
 */
export function InvitationLink({ link, idPrefix }: { link: string; idPrefix: string }) {
  const t = useTranslations('accounts');
  const [copied, setCopied] = useState(false);
  const id = `${idPrefix}invitation-link`;
  return (
    <div className="space-y-2 rounded border border-green-700 bg-green-50 p-3">
      <label htmlFor={id} className="block font-semibold">
        {t('linkLabel')}
      </label>
      <p className="text-sm">{t('linkHint')}</p>
      <div className="flex flex-wrap gap-2">
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded border border-muted bg-white px-3 py-2 font-mono text-sm" />
        <button
          type="button"
          className="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(link);
            setCopied(true);
          }}
        >
          {t('copy')}
        </button>
      </div>
      <p role="status" className="text-sm">
        {copied ? t('copied') : ''}
      </p>
    </div>
  );
}
