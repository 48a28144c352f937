'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { changeAccountAccess, issueInvitationLink, type AccountState } from '@/app/meetings/[slug]/accounts/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { messageOf } from '@/components/ui/action-state';
import { InvitationLink } from './invitation-link';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = { slug: string; userId: number; name: string; email: string; disabled: boolean; isSelf: boolean };

/** Per account: disable (ending its sessions) or enable, and issue a new invitation link. */
export function AccountActions({ slug, userId, name, email, disabled, isSelf }: Props) {
  const t = useTranslations('accounts');
  const [access, accessAction] = useActionState(changeAccountAccess, null);
  const [invitation, invitationAction] = useActionState(issueInvitationLink, null);
  const link = invitation?.ok ? (invitation as Extract<AccountState, { link: string | null }>).link : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {!isSelf && (
          <form action={accessAction}>
            <HiddenFields fields={{ slug, userId, disabled: String(!disabled) }} />
            {disabled ? (
              <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
                {t('enable')}
                <span className="sr-only"> {name}</span>
              </SubmitButton>
            ) : (
              // Disabling ends the person's sessions at once, wherever they are signed in.
              <ConfirmButton
                question={t('disableQuestion', { name, email })}
                details={<p>{t('disableDetails')}</p>}
                confirmLabel={t('disableConfirm')}
                pendingLabel={t('saving')}
              >
                {t('disable')}
                <span className="sr-only"> {name}</span>
              </ConfirmButton>
            )}
          </form>
        )}
        {!disabled && (
          <form action={invitationAction}>
            <HiddenFields fields={{ slug, userId }} />
            <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
              {t('newLink')}
              <span className="sr-only"> {name}</span>
            </SubmitButton>
          </form>
        )}
      </div>
      <FormMessage {...messageOf(access)} />
      {invitation && !invitation.ok && <FormMessage {...messageOf(invitation)} />}
      {link && <InvitationLink link={link} idPrefix={`user-${userId}-`} />}
    </div>
  );
}
