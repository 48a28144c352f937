'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { addMember, saveMember } from '@/app/meetings/[slug]/delegations/[code]/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { HiddenFields } from '@/components/ui/hidden-fields';

export type MemberFormValues = {
  fullName: string;
  title: string;
  function: string;
  email: string;
  accreditation: string;
  category: string;
  /** "2018-01-16T09:00" on the meeting's clock, or empty. */
  arrival: string;
  departure: string;
};

type Props = {
  slug: string;
  code: string;
  /** Present when editing: the member and the version the form was opened on. */
  member?: { id: number; version: number };
  initial: MemberFormValues;
  functions: readonly string[];
  categories: readonly string[];
  /** The accreditation choices, for the secretariat only; others see the status as text. */
  accreditations: readonly string[] | null;
  timeZoneLabel: string;
  cancelHref: string;
};

/** Adds or edits a roster member; errors sit next to their fields and nothing typed is lost. */
export function MemberForm({ slug, code, member, initial, functions, categories, accreditations, timeZoneLabel, cancelHref }: Props) {
  const t = useTranslations('rosterEdit');
  const tDelegations = useTranslations('delegations');
  const timeHint = t('timeHint', { zone: timeZoneLabel });
  return (
    <ActionForm action={member ? saveMember : addMember} className="space-y-1" fields={{ slug, code }}>
      {(state) => {
        // Saving again over a conflict is a decision taken on the version now current.
        const conflict = state && state.ok === false ? (state.conflict as (MemberFormValues & { version: number }) | undefined) : undefined;
        return (
          <>
            {member && <HiddenFields fields={{ memberId: member.id, version: conflict?.version ?? member.version }} />}
            <div className="grid gap-x-4 sm:grid-cols-2">
              <FormField name="fullName" label={tDelegations('name')} required autoComplete="off" defaultValue={initial.fullName} />
              <FormField name="title" label={tDelegations('personTitle')} defaultValue={initial.title} />
              <FormField as="select" name="function" label={tDelegations('function')} defaultValue={initial.function}>
                {functions.map((f) => (
                  <option key={f} value={f}>
                    {tDelegations(`functionValue.${f}`)}
                  </option>
                ))}
              </FormField>
              <FormField as="select" name="category" label={tDelegations('category')} defaultValue={initial.category}>
                {categories.map((c) => (
                  <option key={c} value={c}>
                    {tDelegations(`categoryValue.${c}`)}
                  </option>
                ))}
              </FormField>
              <FormField name="email" type="email" label={tDelegations('email')} autoComplete="off" defaultValue={initial.email} />
              {accreditations ? (
                <FormField as="select" name="accreditation" label={tDelegations('accreditation')} defaultValue={initial.accreditation}>
                  {accreditations.map((a) => (
                    <option key={a} value={a}>
                      {tDelegations(`accreditationValue.${a}`)}
                    </option>
                  ))}
                </FormField>
              ) : (
                <div className="mb-6">
                  <p className="font-semibold">{tDelegations('accreditation')}</p>
                  <p>
                    {tDelegations(`accreditationValue.${initial.accreditation}` as 'accreditationValue.requested')} <span className="text-sm text-muted">{t('accreditationBySecretariat')}</span>
                  </p>
                </div>
              )}
              <FormField name="arrival" type="datetime-local" label={tDelegations('arrival')} hint={timeHint} defaultValue={initial.arrival} />
              <FormField
                name="departure"
                type="datetime-local"
                label={tDelegations('departure')}
                hint={timeHint}

                defaultValue={initial.departure}
              />
            </div>
            {conflict && (
              <div className="rounded border border-rule bg-wash p-3 text-sm">
                <p className="font-semibold">{t('conflictNow')}</p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3">
                  <dt>{tDelegations('name')}</dt>
                  <dd>{conflict.fullName}</dd>
                  <dt>{tDelegations('personTitle')}</dt>
                  <dd>{conflict.title || '—'}</dd>
                  <dt>{tDelegations('function')}</dt>
                  <dd>{tDelegations(`functionValue.${conflict.function}` as 'functionValue.head')}</dd>
                  <dt>{tDelegations('email')}</dt>
                  <dd>{conflict.email || '—'}</dd>
                </dl>
              </div>
            )}
            <div className="flex flex-wrap items-center gap-4 pt-2">
              <SubmitButton pendingLabel={t('saving')}>{member ? t('save') : t('add')}</SubmitButton>
              <a href={cancelHref}>{t('cancel')}</a>
            </div>
          </>
        );
      }}
    </ActionForm>
  );
}
