'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { removeMember } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ActionForm } from '@/components/ui/action-form';

/** Removing a member asks first, naming the person and the delegation, before it acts. */
export function RemoveMemberForm({ slug, code, memberId, name, delegation }: { slug: string; code: string; memberId: number; name: string; delegation: string }) {
  const t = useTranslations('rosterEdit');
  return (
    <ActionForm action={removeMember} className="space-y-3" fields={{ slug, code, memberId }}>
      <ConfirmButton question={t('removeConfirm', { name, delegation })} details={<p>{t('removeDetails')}</p>} confirmLabel={t('removeNamed', { name })} pendingLabel={t('removing')}>
        {t('remove')}
      </ConfirmButton>
    </ActionForm>
  );
}
