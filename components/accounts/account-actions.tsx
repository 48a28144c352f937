'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { changeAccountAccess, issueInvitationLink, type AccountState } from '@/app/meetings/[slug]/accounts/actions';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { SubmitButton } from '@/components/ui/submit-button';
import { InvitationLink } from './invitation-link';

type Props = { slug: string; userId: number; name: string; email: string; disabled: boolean; isSelf: boolean };

/** Per account: disable (ending its sessions) or enable, and issue a new invitation link. */
export function AccountActions({ slug, userId, name, email, disabled, isSelf }: Props) {
  const t = useTranslations('accounts');
  return (
    <div className="flex flex-wrap items-start gap-2">
      {!isSelf && (
        <ActionForm action={changeAccountAccess} className="space-y-2" fields={{ slug, userId, disabled: String(!disabled) }}>
          {disabled ? (
            <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
              {t('enable')}
              <span className="sr-only"> {name}</span>
            </SubmitButton>
          ) : (
            // Disabling ends the person's sessions at once, wherever they are signed in.
            <ConfirmButton question={t('disableQuestion', { name, email })} details={<p>{t('disableDetails')}</p>} confirmLabel={t('disableConfirm')} pendingLabel={t('saving')}>
              {t('disable')}
              <span className="sr-only"> {name}</span>
            </ConfirmButton>
          )}
        </ActionForm>
      )}
      {!disabled && (
        // A new link is its own outcome; only a refusal is worded.
        <ActionForm action={issueInvitationLink} className="space-y-2" fields={{ slug, userId }} outcome={(state) => (state?.ok ? null : { code: state?.message, tone: 'error' })}>
          {(state: AccountState) => (
            <>
              <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
                {t('newLink')}
                <span className="sr-only"> {name}</span>
              </SubmitButton>
              {state?.ok && 'link' in state && state.link && <InvitationLink link={state.link} idPrefix={`user-${userId}-`} />}
            </>
          )}
        </ActionForm>
      )}
    </div>
  );
}
