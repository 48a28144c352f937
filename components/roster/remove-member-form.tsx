'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { removeMember } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/form-message';
import { messageOf } from '@/components/ui/action-state';
import { HiddenFields } from '@/components/ui/hidden-fields';

/** Removing a member asks first, naming the person and the delegation, before it acts. */
export function RemoveMemberForm({
  slug,
  code,
  memberId,
  name,
  delegation,
}: {
  slug: string;
  code: string;
  memberId: number;
  name: string;
  delegation: string;
}) {
  const t = useTranslations('rosterEdit');
  const [state, formAction] = useActionState(removeMember, null);
  return (
    <form action={formAction} className="space-y-3">
      <HiddenFields fields={{ slug, code, memberId }} />
      <ConfirmButton
        question={t('removeConfirm', { name, delegation })}
        details={<p>{t('removeDetails')}</p>}
        confirmLabel={t('removeNamed', { name })}
        pendingLabel={t('removing')}
      >
        {t('remove')}
      </ConfirmButton>
      <FormMessage {...messageOf(state)} />
    </form>
  );
}
