'use client';

import { useState } from 'react';
import { useParagraphChangedBy } from '@/components/live/paragraph-changes';
import { useTranslations } from '@/components/shell/use-translations';
import { useActionFormState } from '@/components/ui/action-form';

/**
 * Inside a form on a paragraph (the pen's editor, a delegation's proposal): says that
 * someone else changed the paragraph's text since the form opened, with the text as it is
 * now, until the form is next saved. The server's version check stays the safety net.
 */
export function ChangedWhileEditing({ paragraphId, currentText }: { paragraphId: number; currentText: string }) {
  const t = useTranslations('drafting.liveChange');
  const { change, acknowledge } = useParagraphChangedBy(paragraphId);
  const state = useActionFormState();
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state?.ok) acknowledge();
  }
  if (!change) return null;
  return (
    <div className="space-y-1 rounded border border-accent bg-white p-3 font-sans text-base" data-testid="changed-while-editing">
      <p className="font-semibold">{t('changedWhileEditing', { actor: change.by ?? t('secretariat') })}</p>
      <p className="text-sm text-muted">{t('currentText')}</p>
      <p className="whitespace-pre-wrap font-serif">{currentText}</p>
    </div>
  );
}
