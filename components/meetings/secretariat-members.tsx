'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { addMeetingSecretariatMember, removeMeetingSecretariatMember } from '@/app/meetings/[slug]/settings/actions';
import { ActionButton } from '@/components/ui/action-button';
import { ActionForm } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = { slug: string; members: { id: number; name: string; email: string }[]; viewerId: number };

/** Who serves the meeting as its secretariat: remove one (not the last), add an existing account. */
export function SecretariatMembers({ slug, members, viewerId }: Props) {
  const t = useTranslations('meetingSettings');
  return (
    <div className="space-y-4">
      <ul className="space-y-2">
        {members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-3">
            <span>
              {m.name} <span className="text-muted">({m.email})</span>
              {m.id === viewerId && <span className="badge ml-2">{t('you')}</span>}
            </span>
            {members.length > 1 && (
              <ActionButton action={removeMeetingSecretariatMember} fields={{ slug, userId: m.id }} pendingLabel={t('saving')}>
                {t('remove')}
                <span className="sr-only"> {m.name}</span>
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
      <ActionForm action={addMeetingSecretariatMember} successMessage="memberAdded" resetOnSuccess aria-label={t('addMember')} className="max-w-md">
        <HiddenFields fields={{ slug }} />
        <FormField name="email" type="email" label={t('memberEmail')} hint={t('memberEmailHint')} required />
        <SubmitButton pendingLabel={t('saving')}>{t('addMember')}</SubmitButton>
      </ActionForm>
    </div>
  );
}
