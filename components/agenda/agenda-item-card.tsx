import { getLocale, getTranslations } from 'next-intl/server';
import {
  deleteAgendaItem,
  publishAgendaItem,
  requestFloor,
  withdrawFloorRequest,
} from '@/app/meetings/[slug]/agenda/actions';
import { toItemRecord } from '@/db/mutations/agenda';
import type { AgendaChange, AgendaItem } from '@/db/queries/agenda';
import { ActionButton } from '@/components/ui/action-button';
import { formatList } from '@/lib/domain/format-list';
import { formatDateTime, formatTimeSpan } from '@/lib/domain/format-time';
import { AgendaItemForm } from './agenda-item-form';
import { DragHandle, MoveButtons } from './agenda-board';
import { NowNextBadge } from './now-next-badge';
import { SpeakersEditor } from './speakers-editor';
import { ViewerClock } from './viewer-clock';

export type CardContext = {
  slug: string;
  timeZone: string;
  meeting: { startsAt: string; endsAt: string };
  /** The viewer's delegation, or null for the secretariat. */
  ownCode: string | null;
  /** Present for the secretariat: what its editing controls need. */
  editing: { kinds: readonly string[]; timesHint: string; bounds: { min: string; max: string } } | null;
};

/** One item of the programme with its speakers list, and for the secretariat its controls. */
export async function AgendaItemCard({ item, previousStartsAt, context }: { item: AgendaItem; previousStartsAt: Date | null; context: CardContext }) {
  const [t, tFormat, locale] = await Promise.all([getTranslations('agenda'), getTranslations('format'), getLocale()]);
  const { slug, timeZone, editing } = context;
  const headingId = `item-${item.id}-title`;
  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className="text-lg font-semibold">
        {editing && <DragHandle id={item.id} />}
        {item.number !== null && <span className="mr-2 text-muted">{item.number}.</span>}
        {item.title}
        {!item.published && <span className="badge ml-2 align-middle">{t('draft')}</span>}
        <NowNextBadge
          startsAt={item.startsAt.toISOString()}
          endsAt={item.endsAt.toISOString()}
          previousStartsAt={previousStartsAt?.toISOString() ?? null}
          meeting={context.meeting}
        />
      </h3>
      <p className="text-sm">
        <time dateTime={item.startsAt.toISOString()}>{formatTimeSpan(item.startsAt, item.endsAt, timeZone, locale)}</time>
        {' · '}
        {t(`kindValue.${item.kind}`)}
        {item.location && ` · ${item.location}`}
      </p>
      <ViewerClock startsAt={item.startsAt.toISOString()} endsAt={item.endsAt.toISOString()} meetingZone={timeZone} />
      {item.chair && (
        <p className="text-sm">
          {tFormat('labelled', { label: t('chair'), value: item.chair })}
        </p>
      )}
      {item.description && <p className="mt-2 whitespace-pre-line">{item.description}</p>}
      {item.changes.length > 0 && <ChangeList changes={item.changes} timeZone={timeZone} />}
      {item.overlaps.length > 0 && (
        <p className="mt-2 rounded border-l-4 border-accent bg-red-50 p-2 text-sm">
          {t('overlapWarning', { titles: formatList(item.overlaps.map((o) => tFormat('quoted', { text: o.title })), locale) })}
        </p>
      )}
      <section aria-label={t('speakersOf', { title: item.title })} className="mt-3">
        <h4 className="font-semibold">{t('speakers')}</h4>
        {editing ? (
          <SpeakersEditor slug={slug} itemId={item.id} itemTitle={item.title} speakers={item.speakers.map(({ id, protocolName, status, minutes }) => ({ id, protocolName, status, minutes }))} />
        ) : (
          <DelegationSpeakers item={item} slug={slug} ownCode={context.ownCode} />
        )}
      </section>
      {editing && (
        <div className="mt-3 flex flex-wrap items-start gap-2 border-t border-rule pt-3">
          <MoveButtons id={item.id} />
          {!item.published && (
            <ActionButton action={publishAgendaItem} fields={{ slug, itemId: item.id }} pendingLabel={t('publishing')} className="button">
              {t('publish')}
              <span className="sr-only">: {item.title}</span>
            </ActionButton>
          )}
          <details className="w-full">
            <summary className="cursor-pointer font-semibold text-navy">
              {t('edit')}
              <span className="sr-only">: {item.title}</span>
            </summary>
            <div className="mt-3">
              <AgendaItemForm
                slug={slug}
                kinds={editing.kinds}
                timesHint={editing.timesHint}
                bounds={editing.bounds}
                item={{ id: item.id, record: toItemRecord(item, timeZone) }}
              />
            </div>
          </details>
          <div className="danger-zone w-full">
            <ActionButton
              action={deleteAgendaItem}
              fields={{ slug, itemId: item.id, version: item.version }}
              pendingLabel={t('deleting')}
              confirm={{
                question:
                  item.number === null
                    ? t('deleteQuestionUnnumbered', { title: item.title })
                    : t('deleteQuestion', { number: item.number, title: item.title }),
                details: t('deleteWarning'),
                confirmLabel: t('deleteConfirm'),
              }}
            >
              {t('delete')}
              <span className="sr-only">: {item.title}</span>
            </ActionButton>
          </div>
        </div>
      )}
    </article>
  );
}

async function ChangeList({ changes, timeZone }: { changes: AgendaChange[]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations('agenda'), getLocale()]);
  const value = (field: string, raw: string | number) =>
    typeof raw === 'number'
      ? formatDateTime(new Date(raw), timeZone, locale, 'medium')
      : field === 'kind'
        ? t(`kindValue.${raw}`)
        : raw || t('emptyValue');
  return (
    <div className="mt-2 rounded border-l-4 border-navy bg-navy-soft p-2 text-sm">
      <p className="font-semibold">{t('changedAfterPublication')}</p>
      <ul>
        {changes.map((change) => (
          <li key={change.at.getTime()}>
            <time dateTime={change.at.toISOString()}>{formatDateTime(change.at, timeZone, locale, 'medium')}</time>
            {': '}
            {change.changes
              .map((c) => t('changeLine', { field: t(`fieldName.${c.field}`), before: value(c.field, c.before), after: value(c.field, c.after) }))
              .join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The list as a delegation reads it, its own place named, and its request button. */
async function DelegationSpeakers({ item, slug, ownCode }: { item: AgendaItem; slug: string; ownCode: string | null }) {
  const t = await getTranslations('agenda.speakersList');
  const place = item.speakers.findIndex((s) => s.code === ownCode);
  const own = item.speakers[place];
  return (
    <div className="text-sm">
      {item.speakers.length === 0 ? (
        <p className="text-muted">{t('none')}</p>
      ) : (
        <ol className="ml-6 list-decimal">
          {item.speakers.map((s) => (
            <li key={s.code} className={s.code === ownCode ? 'font-semibold' : undefined}>
              {s.protocolName}
              {s.status === 'requested' && <span className="text-muted"> — {t('status.requested')}</span>}
              {s.minutes !== null && <span className="text-muted"> — {t('minutes', { minutes: s.minutes })}</span>}
            </li>
          ))}
        </ol>
      )}
      {ownCode && (
        <div className="mt-2 flex flex-wrap items-start gap-3">
          {own ? (
            <>
              <p data-testid="own-place">{t('yourPlace', { place: place + 1, count: item.speakers.length, status: own.status })}</p>
              <ActionButton action={withdrawFloorRequest} fields={{ slug, itemId: item.id }} pendingLabel={t('withdrawing')}>
                {t('withdraw')}
                <span className="sr-only">: {item.title}</span>
              </ActionButton>
            </>
          ) : (
            <ActionButton action={requestFloor} fields={{ slug, itemId: item.id }} pendingLabel={t('requesting')}>
              {t('request')}
              <span className="sr-only">: {item.title}</span>
            </ActionButton>
          )}
        </div>
      )}
    </div>
  );
}
