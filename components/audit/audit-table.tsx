import { getLocale, getTranslations } from 'next-intl/server';
import type { AuditEntryView } from '@/db/queries/audit';
import { changedFields } from '@/lib/audit-changes';
import { formatPreciseTime } from '@/lib/format-time';

/** One page of the log: when, who, what, on which record, the outcome and the changed fields. */
export async function AuditTable({ entries, timeZone }: { entries: AuditEntryView[]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations('audit'), getLocale()]);
  const label = (group: 'actionValue' | 'recordTypeValue', code: string) => (t.has(`${group}.${code}`) ? t(`${group}.${code}`) : code);
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-testid="audit-entries">
        <thead>
          <tr>
            <th scope="col">{t('time')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('record')}</th>
            <th scope="col">{t('outcome')}</th>
            <th scope="col">{t('changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="whitespace-nowrap">
                <time dateTime={entry.at.toISOString()}>{formatPreciseTime(entry.at, timeZone, locale)}</time>
              </td>
              <td data-testid="audit-actor">
                {entry.actor ? entry.actor.name : t('system')}
                {entry.delegation && <span className="block text-sm text-muted">{entry.delegation}</span>}
              </td>
              <th scope="row" className="font-normal">{label('actionValue', entry.action)}</th>
              <td>
                {label('recordTypeValue', entry.recordType)}
                {entry.recordId && ` ${entry.recordId}`}
              </td>
              <td>
                <span className={`badge ${entry.outcome === 'denied' ? 'text-accent' : ''}`}>{t(`outcomeValue.${entry.outcome}`)}</span>
              </td>
              <td className="max-w-md">
                <Changes details={entry.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function Changes({ details }: { details: AuditEntryView['details'] }) {
  const t = await getTranslations('audit');
  if (details === 'withheld') return <p className="text-sm text-muted">{t('withheld')}</p>;
  const changes = changedFields(details.before, details.after);
  if (changes.length === 0) {
    return (
      <>
        <span aria-hidden="true">{t('noDetails')}</span>
        <span className="sr-only">{t('changeCount', { count: 0 })}</span>
      </>
    );
  }
  return (
    <details>
      <summary className="cursor-pointer text-navy underline">{t('changeCount', { count: changes.length })}</summary>
      <dl className="mt-2 space-y-2 text-sm">
        {changes.map((change) => (
          <div key={change.field}>
            <dt className="font-semibold">{change.field}</dt>
            <dd className="whitespace-pre-wrap break-words">
              {change.before !== null && (
                <del className="block bg-red-50">
                  <span className="sr-only">{t('changeBefore')}: </span>
                  {change.before}
                </del>
              )}
              {change.after !== null && (
                <ins className="block bg-green-50 no-underline">
                  <span className="sr-only">{t('changeAfter')}: </span>
                  {change.after}
                </ins>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
