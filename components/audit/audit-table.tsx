import { getLocale, getTranslations } from 'next-intl/server';
import type { AuditEntryView, NamedAuditEntry } from '@/db/queries/audit';
import type { RecordName } from '@/db/queries/record-names';
import { changedFields } from '@/lib/domain/audit-changes';
import { formatPreciseTime } from '@/lib/domain/format-time';

/** One page of the log: when, who, what, on which record, the outcome and the changed fields. */
export async function AuditTable({ entries, timeZone }: { entries: NamedAuditEntry[]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations('audit'), getLocale()]);
  const label = (group: 'actionValue' | 'recordTypeValue', code: string) => (t.has(`${group}.${code}`) ? t(`${group}.${code}`) : code);
  /** The record as people know it; a record that is gone keeps its type and number. */
  const recordLabel = (entry: NamedAuditEntry) =>
    entry.record
      ? nameOf(entry.record, t)
      : `${label('recordTypeValue', entry.recordType)}${entry.recordId ? ` ${entry.recordId}` : ''}`;
  return (
    <div className="table-scroll">
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
              <td data-testid="audit-record">{recordLabel(entry)}</td>
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

type Translate = Awaited<ReturnType<typeof getTranslations<'audit'>>>;

function nameOf(record: RecordName, t: Translate): string {
  switch (record.kind) {
    case 'paragraph':
      return t(`recordName.paragraph.${record.paragraphKind}`, { number: record.number });
    case 'deletedParagraph':
      return t('recordName.deletedParagraph');
    case 'amendment':
      return t('recordName.amendment', { id: record.id, delegation: record.delegation });
    case 'agendaItem':
      return record.number === null
        ? t('recordName.draftAgendaItem', { title: record.title })
        : t('recordName.agendaItem', { number: record.number, title: record.title });
    case 'stance':
      return t('recordName.stance', { delegation: record.delegation });
    case 'delegation':
      return t('recordName.delegation', { name: record.name });
    case 'rosterMember':
      return t('recordName.rosterMember', { name: record.name });
    case 'account':
      return t('recordName.account', { name: record.name });
    case 'document':
      return record.title;
    case 'position':
      return t('recordName.position', { id: record.id, delegation: record.delegation });
  }
}

async function Changes({ details }: { details: AuditEntryView['details'] }) {
  const [t, tFormat] = await Promise.all([getTranslations('audit'), getTranslations('format')]);
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
                  <span className="sr-only">{tFormat('label', { label: t('changeBefore') })} </span>
                  {change.before}
                </del>
              )}
              {change.after !== null && (
                <ins className="block bg-green-50 no-underline">
                  <span className="sr-only">{tFormat('label', { label: t('changeAfter') })} </span>
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
