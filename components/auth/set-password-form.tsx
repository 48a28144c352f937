'use client';

import Link from 'next/link';
import { useTranslations } from '@/components/shell/use-translations';
import { setPasswordFromInvitation } from '@/app/invitations/[token]/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { NewPasswordFields } from './new-password-fields';
import { ActionForm } from '@/components/ui/action-form';

/** The invitee chooses a password; then the sign-in page. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('invitation');
  return (
    <ActionForm action={setPasswordFromInvitation} className="space-y-1" fields={{ token }}>
      {(state) =>
        state?.ok ? (
          <Link href="/login" className="button">
            {t('signIn')}
          </Link>
        ) : (
          <>
            <NewPasswordFields name="password" />
            <div className="pt-2">
              <SubmitButton pendingLabel={t('saving')}>{t('submit')}</SubmitButton>
            </div>
          </>
        )
      }
    </ActionForm>
  );
}
