'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { saveBilateralRooms } from '@/app/meetings/[slug]/bilaterals/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

/** Blank rows offered after the rooms that exist, to add new ones. */
const SPARE_ROWS = 2;

type Room = { name: string; capacity: number | null; interpretation: boolean; equipment: string };

/** The rooms bilaterals are held in: name, seats, interpretation, other equipment. A row left without a name is taken off the list. */
export function RoomsForm({ slug, rooms }: { slug: string; rooms: Room[] }) {
  const t = useTranslations('bilaterals');
  const rows: Room[] = [...rooms, ...Array.from({ length: SPARE_ROWS }, () => ({ name: '', capacity: null, interpretation: false, equipment: '' }))];
  return (
    <ActionForm action={saveBilateralRooms} className="space-y-4" fields={{ slug }}>
      {rows.map((room, row) => (
        <fieldset key={row} className="grid gap-x-4 rounded border border-rule p-3 sm:grid-cols-3">
          <legend className="px-1 font-semibold">{room.name || t('newRoom')}</legend>
          <FormField name={`room-${row}-name`} label={t('roomName')} defaultValue={room.name} />
          <FormField name={`room-${row}-capacity`} label={t('capacity')} inputMode="numeric" defaultValue={room.capacity === null ? '' : String(room.capacity)} />
          <FormField name={`room-${row}-equipment`} label={t('equipment')} defaultValue={room.equipment} />
          <label className="inline-flex items-center gap-2 sm:col-span-3">
            <input type="checkbox" name={`room-${row}-interpretation`} defaultChecked={room.interpretation} />
            {t('hasInterpretation')}
          </label>
        </fieldset>
      ))}
      <SubmitButton pendingLabel={t('working')}>{t('saveRooms')}</SubmitButton>
    </ActionForm>
  );
}
