'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/client-messages';
import { changeAccountAccess, issueInvitationLink, type AccountState } from '@/app/meetings/[slug]/accounts/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { messageOf } from '@/components/ui/action-state';
import { InvitationLink } from './invitation-link';

type Props = { slug: string; userId: number; name: string; disabled: boolean; isSelf: boolean };

/** Per account: disable (ending its sessions) or enable, and issue a new invitation link. */
export function AccountActions({ slug, userId, name, disabled, isSelf }: Props) {
  const t = useTranslations('accounts');
  const [access, accessAction] = useActionState(changeAccountAccess, null);
  const [invitation, invitationAction] = useActionState(issueInvitationLink, null);
  const link = invitation?.ok ? (invitation as Extract<AccountState, { link: string | null }>).link : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {!isSelf && (
          <form action={accessAction}>
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="disabled" value={String(!disabled)} />
            <SubmitButton pendingLabel={t('saving')} className="button button-quiet">
              {t(disabled ? 'enable' : 'disable')}
              <span className="sr-only"> {name}</span>
            </SubmitButton>
          </form>
        )}
        {!disabled && (
          <form action={invitationAction}>
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="userId" value={userId} />
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
