'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { uploadMemberPhoto } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf } from '@/components/ui/action-state';

/** Uploads a member's badge photo; a refused file is named at the field, and the photo on file stays. */
export function PhotoForm({ slug, code, memberId, photoUrl }: { slug: string; code: string; memberId: number; photoUrl: string | null }) {
  const t = useTranslations('rosterEdit');
  const [state, formAction] = useActionState(uploadMemberPhoto, null);
  return (
    <form action={formAction} className="flex flex-wrap items-start gap-6" noValidate>
      <HiddenFields fields={{ slug, code, memberId }} />
      {photoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private photo from our own route, which next/image would fetch without the viewer's session
        <img src={photoUrl} alt={t('photoAlt')} width={120} height={150} className="h-[150px] w-[120px] border border-rule object-cover" />
      ) : (
        <p className="flex h-[150px] w-[120px] items-center justify-center border border-dashed border-rule text-center text-sm text-muted">{t('noPhoto')}</p>
      )}
      <div className="min-w-64 flex-1">
        <FormField name="photo" type="file" accept="image/jpeg,image/png" label={t('photoLabel')} hint={t('photoHint')} errors={errorsFor(state, 'photo')} />
        <FormMessage {...messageOf(state)} />
        <SubmitButton pendingLabel={t('uploading')}>{t('uploadPhoto')}</SubmitButton>
      </div>
    </form>
  );
}
