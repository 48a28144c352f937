'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { FormField } from '@/components/ui/form-field';

type Props = {
  action: string;
  /** What the form was submitted with, so the search can be refined. */
  current: { words: string; delegation: string; agendaItem: string };
  /** A code from the `validation` catalogue for the words field. */
  error?: string;
  delegations: { code: string; protocolName: string }[];
  agendaItems: { id: number; label: string }[];
};

/**
 * A plain GET form: the results have an address people can paste into a message, and it
 * works before any script has loaded. A client component so that the choices travel to the
 * page as data: as server-rendered elements, each of a large meeting's 193 delegations was
 * a row of its own in the page's payload.
 */
export function SearchForm({ action, current, error, delegations, agendaItems }: Props) {
  const t = useTranslations('positions');
  return (
    <form role="search" aria-labelledby="search-title" method="get" action={action} className="rounded border border-rule bg-paper p-4">
      <h2 id="search-title" className="mb-3 text-lg font-semibold">{t('searchTitle')}</h2>
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-start">
        <FormField name="q" type="search" label={t('searchWords')} defaultValue={current.words} errors={error ? [error] : undefined} idPrefix="search-" />
        <FormField as="select" name="delegation" label={t('searchDelegation')} defaultValue={current.delegation} idPrefix="search-">
          <option value="">{t('searchAnyDelegation')}</option>
          {delegations.map((d) => (
            <option key={d.code} value={d.code}>
              {d.protocolName}
            </option>
          ))}
        </FormField>
        <FormField as="select" name="item" label={t('searchAgendaItem')} defaultValue={current.agendaItem} idPrefix="search-">
          <option value="">{t('searchAnyItem')}</option>
          <option value="general">{t('searchGeneral')}</option>
          {agendaItems.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </FormField>
        <button type="submit" className="button mt-7 justify-center">
          {t('search')}
        </button>
      </div>
    </form>
  );
}
