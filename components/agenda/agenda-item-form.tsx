'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { useState } from 'react';
import { createAgendaItem, updateAgendaItem } from '@/app/meetings/[slug]/agenda/actions';
import type { AgendaItemRecord } from '@/db/mutations/agenda';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/server/action';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Values = Omit<AgendaItemRecord, 'version'>;

const FIELDS = ['title', 'kind', 'startsAt', 'endsAt', 'location', 'chair', 'description'] as const;

type Props = {
  slug: string;
  kinds: readonly string[];
  /** Said under the times: the zone they are in and the meeting's dates. */
  timesHint: string;
  /** The first and last wall-clock minute of the meeting's dates, for the pickers. */
  bounds: { min: string; max: string };
  /** Editing an existing item: its id and the version the form was opened on. */
  item?: { id: number; record: AgendaItemRecord };
};

const EMPTY: Values = { title: '', description: '', kind: 'plenary', startsAt: '', endsAt: '', location: '', chair: '' };

const valuesOf = ({ version: _version, ...values }: AgendaItemRecord): Values => values;
const sameValues = (a: Values, b: Values) => FIELDS.every((field) => a[field] === b[field]);

/**
 * Adds or edits an agenda item. The fields are controlled, so what was typed survives a
 * refusal. The version the edit is based on only follows the page when nothing was typed
 * (or what was typed is what got saved): a colleague's save never silently becomes the
 * base of an edit, it comes back as a conflict shown side by side.
 */
export function AgendaItemForm({ slug, kinds, timesHint, bounds, item }: Props) {
  const t = useTranslations('agenda');
  const tForm = useTranslations('agenda.form');
  const initial = item ? valuesOf(item.record) : EMPTY;
  const [values, setValues] = useState<Values>(initial);
  const [base, setBase] = useState({ values: initial, version: item?.record.version ?? 0 });
  const [dismissed, setDismissed] = useState<Record<string, unknown> | null>(null);

  // The page re-rendered with a newer save of the item: follow it unless the writer has
  // unsaved changes of their own. Never back: a conflict may have shown a newer version
  // than the page holds.
  if (item && item.record.version > base.version) {
    const next = valuesOf(item.record);
    if (sameValues(values, base.values) || sameValues(values, next)) {
      setBase({ values: next, version: item.record.version });
      setValues(next);
    }
  }

  async function save(previous: ActionState, formData: FormData) {
    const result = await (item ? updateAgendaItem : createAgendaItem)(previous, formData);
    if (result?.ok && !item) setValues(EMPTY);
    return result;
  }
  const idPrefix = item ? `item-${item.id}-` : 'new-item-';
  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  function takeCurrent(current: AgendaItemRecord) {
    setValues(valuesOf(current));
    setBase({ values: valuesOf(current), version: current.version });
    setDismissed(current);
  }

  return (
    <ActionForm action={save} className="space-y-3" outcome={(state) => ({ code: state?.message, tone: !state?.ok ? 'error' : state.message === 'savedWithOverlap' ? 'notice' : 'success' })}>
      {(state) => {
        const conflict = state && !state.ok && state.conflict && state.conflict !== dismissed ? (state.conflict as AgendaItemRecord) : null;
        return (
          <>
            {/* Saving over a conflict is a decision taken on the version now current. */}
            <HiddenFields fields={{ slug, itemId: item?.id, version: item && (conflict ? conflict.version : base.version) }} />
            {conflict && <ConflictView yours={values} current={conflict} onTakeCurrent={() => takeCurrent(conflict)} />}
            <FormField idPrefix={idPrefix} name="title" label={tForm('title')} value={values.title} onChange={set('title')} required maxLength={200} />
            <div className="grid gap-3 sm:grid-cols-3">
              <FormField idPrefix={idPrefix} as="select" name="kind" label={tForm('kind')} value={values.kind} onChange={set('kind')}>
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kindValue.${kind}`)}
                  </option>
                ))}
              </FormField>
              <FormField
                idPrefix={idPrefix}
                type="datetime-local"
                name="startsAt"
                label={tForm('startsAt')}
                hint={timesHint}
                min={bounds.min}
                max={bounds.max}
                value={values.startsAt}
                onChange={set('startsAt')}
                required
              />
              <FormField
                idPrefix={idPrefix}
                type="datetime-local"
                name="endsAt"
                label={tForm('endsAt')}
                hint={timesHint}
                min={bounds.min}
                max={bounds.max}
                value={values.endsAt}
                onChange={set('endsAt')}
                required
              />
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <FormField idPrefix={idPrefix} name="location" label={tForm('location')} value={values.location} onChange={set('location')} maxLength={200} />
              <FormField idPrefix={idPrefix} name="chair" label={tForm('chair')} value={values.chair} onChange={set('chair')} maxLength={200} />
            </div>
            <FormField idPrefix={idPrefix} as="textarea" name="description" label={tForm('description')} rows={3} value={values.description} onChange={set('description')} maxLength={4000} />
            <SubmitButton pendingLabel={tForm('saving')}>{conflict ? tForm('reapply') : item ? tForm('save') : tForm('create')}</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}

function ConflictView({ yours, current, onTakeCurrent }: { yours: Values; current: AgendaItemRecord; onTakeCurrent: () => void }) {
  const t = useTranslations('agenda.conflict');
  const tField = useTranslations('agenda.fieldName');
  const tKind = useTranslations('agenda.kindValue');
  const show = (field: keyof Values, value: string) => (field === 'kind' ? tKind(value) : field === 'startsAt' || field === 'endsAt' ? value.replace('T', ' ') : value);
  return (
    <section aria-label={t('title')} className="rounded border-l-4 border-accent bg-red-50 p-3">
      <h4 className="font-semibold">{t('title')}</h4>
      <p className="text-sm">{t('intro')}</p>
      <div className="table-scroll">
        <table className="data-table mt-2">
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('yours')}</th>
              <th scope="col">{t('current')}</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((field) => {
              const differs = yours[field] !== current[field];
              return (
                <tr key={field} className={differs ? 'font-semibold' : undefined}>
                  <th scope="row">
                    {tField(field)}
                    {differs && <span className="badge ml-2">{t('differs')}</span>}
                  </th>
                  <td className="whitespace-pre-wrap">{show(field, yours[field])}</td>
                  <td className="whitespace-pre-wrap">{show(field, current[field])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm">{t('choose')}</p>
      <button type="button" className="button button-quiet mt-2" onClick={onTakeCurrent}>
        {t('takeCurrent')}
      </button>
    </section>
  );
}
