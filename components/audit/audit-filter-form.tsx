import Link from 'next/link';
import { useTranslations } from '@/components/shell/use-translations';
import { FormField } from '@/components/ui/form-field';
import type { AuditFilterChoices } from '@/db/queries/audit';
import type { AuditQuery, ParsedAuditQuery } from '@/lib/domain/audit-filters';

type Props = {
  action: string;
  query: AuditQuery;
  errors: ParsedAuditQuery['errors'];
  choices: AuditFilterChoices;
};

/** Groups the people by delegation, the secretariat first, as the query orders them. */
function byDelegation(actors: NonNullable<AuditFilterChoices['actors']>) {
  const groups = new Map<string | null, NonNullable<AuditFilterChoices['actors']>>();
  for (const actor of actors) groups.set(actor.delegation, [...(groups.get(actor.delegation) ?? []), actor]);
  return [...groups];
}

/**
 * A plain GET form, like search: a filtered log has an address to paste into a message,
 * and the CSV download takes the same parameters.
 */
export function AuditFilterForm({ action, query, errors, choices }: Props) {
  const t = useTranslations('audit');
  const typeLabel = (type: string) => (t.has(`recordTypeValue.${type}`) ? t(`recordTypeValue.${type}`) : type);
  return (
    <form role="search" aria-labelledby="audit-filters-title" method="get" action={action} className="rounded border border-rule bg-paper p-4">
      <h2 id="audit-filters-title" className="mb-3 text-lg font-semibold">{t('filtersTitle')}</h2>
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
        {choices.actors ? (
          <FormField as="select" name="actor" label={t('actor')} defaultValue={query.actor} errors={errors.actor} idPrefix="audit-">
            <option value="">{t('anyActor')}</option>
            {byDelegation(choices.actors).map(([delegation, people]) => (
              <optgroup key={delegation ?? ''} label={delegation ?? t('secretariatGroup')}>
                {people.map((person) => (
                  <option key={person.email} value={person.email}>
                    {person.name} ({person.email})
                  </option>
                ))}
              </optgroup>
            ))}
          </FormField>
        ) : (
          <FormField name="actor" type="email" autoComplete="off" label={t('actor')} hint={t('actorByEmail')} defaultValue={query.actor} errors={errors.actor} idPrefix="audit-" />
        )}
        <FormField as="select" name="type" label={t('recordType')} defaultValue={query.type} errors={errors.type} idPrefix="audit-">
          <option value="">{t('anyRecordType')}</option>
          {choices.recordTypes.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </FormField>
        <FormField name="record" label={t('recordId')} defaultValue={query.record} errors={errors.record} idPrefix="audit-" maxLength={100} />
        <FormField name="from" type="date" label={t('from')} defaultValue={query.from} errors={errors.from} idPrefix="audit-" hint={t('dateHint')} />
        <FormField name="to" type="date" label={t('to')} defaultValue={query.to} errors={errors.to} idPrefix="audit-" hint={t('dateHint')} />
        <div className="flex flex-wrap items-start gap-3 pt-7">
          <button type="submit" className="button">
            {t('filter')}
          </button>
          <Link href={action} className="py-2">
            {t('clear')}
          </Link>
        </div>
      </div>
    </form>
  );
}
