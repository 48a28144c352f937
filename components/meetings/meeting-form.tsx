'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { ActionForm, useActionFormState } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { TimeZoneField } from '@/components/ui/time-zone-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, sentOr } from '@/components/ui/action-state';
import type { ActionState } from '@/lib/server/action';
import { proposeSlug } from '@/lib/domain/slug';
import { StatePicker } from './state-picker';
import { HiddenFields } from '@/components/ui/hidden-fields';

/** A meeting's details as the form shows them: times on the meeting's clock, lists comma-joined. */
export type MeetingFormValues = {
  title: string;
  shortTitle: string;
  documentCode: string;
  slug: string;
  kind: string;
  venue: string;
  city: string;
  /** Empty for a new meeting: the browser's own zone is proposed. */
  timeZone: string;
  startsAt: string;
  endsAt: string;
  hostStates: string[];
  coChairs: string[];
  workingLanguages: string;
};

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  initial: MeetingFormValues;
  kinds: readonly string[];
  states: { code: string; name: string }[];
  timeZones: readonly string[];
  submitLabel: string;
  pendingLabel: string;
  /** The meeting's current address, for the settings form (the action finds the meeting by it). */
  currentSlug?: string;
  successMessage?: string;
  /**
   * `copy`: only what a copy of the meeting asks for (names, address, zone and dates); the
   * rest of its details come from the meeting it copies.
   */
  fields?: 'all' | 'copy';
};

function Fields({ initial, kinds, states, timeZones, submitLabel, pendingLabel, currentSlug, fields = 'all' }: Omit<Props, 'action' | 'successMessage'>) {
  const t = useTranslations('meetingForm');
  const state = useActionFormState();
  const sent = (field: keyof MeetingFormValues & string, fallback: string) => sentOr(state, field, fallback);
  // A refused change of dates or zone names the agenda items it would leave outside.
  const outside = state && 'outside' in state ? (state.outside as { title: string; startsAt: string }[]) : null;
  // The address follows the short title until it is edited by hand.
  const [slug, setSlug] = useState(sent('slug', initial.slug));
  const [slugEdited, setSlugEdited] = useState(Boolean(initial.slug));
  // A new meeting proposes the browser's own zone, which only the browser knows.
  useEffect(() => {
    const zone = document.getElementById('timeZone') as HTMLInputElement | null;
    if (zone && !zone.value) zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }, []);
  const all = fields === 'all';
  const list = (field: 'hostStates' | 'coChairs') => {
    const value = sentOr(state, field, '');
    return value ? value.split(',') : initial[field];
  };
  return (
    <>
      <HiddenFields fields={{ currentSlug: currentSlug || undefined }} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormField name="title" label={t('title')} required defaultValue={sent('title', initial.title)} />
        </div>
        <FormField
          name="shortTitle"
          label={t('shortTitle')}
          hint={t('shortTitleHint')}
          required
          defaultValue={sent('shortTitle', initial.shortTitle)}
          onChange={(event) => {
            if (!slugEdited) setSlug(proposeSlug(event.currentTarget.value));
          }}
        />
        <FormField
          name="documentCode"
          label={t('documentCode')}
          hint={t('documentCodeHint')}
          required
          maxLength={20}
          autoCapitalize="characters"
          defaultValue={sent('documentCode', initial.documentCode)}
        />
        <FormField
          name="slug"
          label={t('slug')}
          hint={t('slugHint')}
          required
          value={slug}
          onChange={(event) => {
            setSlug(event.currentTarget.value);
            setSlugEdited(true);
          }}
        />
        {all && (
          <>
            <FormField as="select" name="kind" label={t('kind')} defaultValue={sent('kind', initial.kind)}>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </FormField>
            <fieldset className="mb-4">
              <legend className="mb-1 font-semibold">{t('workingLanguages')}</legend>
              {(['en', 'fr', 'en,fr'] as const).map((value) => (
                <label key={value} className="mr-4 inline-flex items-center gap-2">
                  <input type="radio" name="workingLanguages" value={value} defaultChecked={sent('workingLanguages', initial.workingLanguages) === value} />
                  {t(`languages.${value === 'en,fr' ? 'both' : value}`)}
                </label>
              ))}
            </fieldset>
            <FormField name="venue" label={t('venue')} required defaultValue={sent('venue', initial.venue)} />
            <FormField name="city" label={t('city')} required defaultValue={sent('city', initial.city)} />
          </>
        )}
        <div className="sm:col-span-2">
          <TimeZoneField name="timeZone" label={t('timeZone')} hint={t('timeZoneHint')} required defaultValue={sent('timeZone', initial.timeZone)} timeZones={timeZones} />
        </div>
        <FormField name="startsAt" type="datetime-local" label={t('startsAt')} hint={t('onMeetingClock')} required defaultValue={sent('startsAt', initial.startsAt)} />
        <FormField name="endsAt" type="datetime-local" label={t('endsAt')} hint={t('onMeetingClock')} required defaultValue={sent('endsAt', initial.endsAt)} />
        {outside && (
          <div className="sm:col-span-2 mb-4" role="status">
            <p className="font-semibold">{t('outsideTitle')}</p>
            <ul className="list-disc pl-6">
              {outside.map((item) => (
                <li key={`${item.startsAt} ${item.title}`}>
                  {item.startsAt} — {item.title}
                </li>
              ))}
            </ul>
          </div>
        )}
        {all && (
          <>
            <StatePicker name="hostStates" label={t('hostStates')} hint={t('pickSeveral')} states={states} initial={list('hostStates')} errors={errorsFor(state, 'hostStates')} />
            <StatePicker name="coChairs" label={t('coChairs')} hint={t('coChairsHint')} states={states} initial={list('coChairs')} errors={errorsFor(state, 'coChairs')} />
          </>
        )}
      </div>
      <div className="pt-2">
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </div>
    </>
  );
}

/** A meeting's details: for "Create a meeting", for its settings, and for a copy of it. */
export function MeetingForm({ action, successMessage, ...fields }: Props) {
  return (
    <ActionForm action={action} successMessage={successMessage} aria-label={fields.submitLabel}>
      <Fields {...fields} />
    </ActionForm>
  );
}
