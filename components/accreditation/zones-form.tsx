'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { saveAccessZones } from '@/app/meetings/[slug]/accreditation/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

/** Blank rows offered after the zones that exist, to add new ones. */
const SPARE_ROWS = 2;

/** The venue's access zones, each with the badge categories it admits; a row left without a name is dropped. */
export function ZonesForm({ slug, zones, categories }: { slug: string; zones: { name: string; categories: string[] }[]; categories: { code: string; label: string }[] }) {
  const t = useTranslations('accreditation');
  const rows = [...zones, ...Array.from({ length: SPARE_ROWS }, () => ({ name: '', categories: [] as string[] }))];
  return (
    <ActionForm action={saveAccessZones} className="space-y-4" fields={{ slug }}>
      {rows.map((zone, row) => (
        <fieldset key={row} className="rounded border border-rule p-3">
          <legend className="px-1 font-semibold">{zone.name || t('newZone')}</legend>
          <FormField name={`zone-${row}-name`} label={t('zoneName')} defaultValue={zone.name} />
          <p className="mb-1 text-sm">{t('zoneAdmits')}</p>
          <div className="flex flex-wrap gap-x-5 gap-y-1">
            {categories.map((c) => (
              <label key={c.code} className="inline-flex items-center gap-2">
                <input type="checkbox" name={`zone-${row}-${c.code}`} defaultChecked={zone.categories.includes(c.code)} />
                {c.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <SubmitButton pendingLabel={t('working')}>{t('saveZones')}</SubmitButton>
    </ActionForm>
  );
}
