'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from '@/components/shell/client-messages';
import { removeMember } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { messageOf } from '@/components/ui/action-state';

/** Removing a member asks once more, in the page (no browser dialog), before it acts. */
export function RemoveMemberForm({ slug, code, memberId, name }: { slug: string; code: string; memberId: number; name: string }) {
  const t = useTranslations('rosterEdit');
  const [state, formAction] = useActionState(removeMember, null);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
        {t('remove')}
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-3 rounded border border-accent bg-red-50 p-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="memberId" value={memberId} />
      <p>{t('removeConfirm', { name })}</p>
      <FormMessage {...messageOf(state)} />
      <div className="flex gap-3">
        <SubmitButton pendingLabel={t('removing')}>{t('removeNamed', { name })}</SubmitButton>
        <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
          {t('keep')}
        </button>
      </div>
    </form>
  );
}
