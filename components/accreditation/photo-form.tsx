'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { uploadMemberPhoto } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

/** Uploads a member's badge photo; a refused file is named at the field, and the photo on file stays. */
export function PhotoForm({ slug, code, memberId, photoUrl }: { slug: string; code: string; memberId: number; photoUrl: string | null }) {
  const t = useTranslations('rosterEdit');
  return (
    <ActionForm action={uploadMemberPhoto} className="flex flex-wrap items-start gap-6" fields={{ slug, code, memberId }} resetOnSuccess>
      {photoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private photo from our own route, which next/image would fetch without the viewer's session
        <img src={photoUrl} alt={t('photoAlt')} width={120} height={150} className="h-[150px] w-[120px] border border-rule object-cover" />
      ) : (
        <p className="flex h-[150px] w-[120px] items-center justify-center border border-dashed border-rule text-center text-sm text-muted">{t('noPhoto')}</p>
      )}
      <div className="min-w-64 flex-1">
        <FormField name="photo" type="file" accept="image/jpeg,image/png" label={t('photoLabel')} hint={t('photoHint')} />
        <SubmitButton pendingLabel={t('uploading')}>{t('uploadPhoto')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
