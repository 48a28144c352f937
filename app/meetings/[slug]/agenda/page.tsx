import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { isSecretariat } from '@/db/access';
import { listAgenda, type AgendaItem } from '@/db/queries/agenda';
import { AGENDA_KIND_VALUES } from '@/lib/domain/values';
import { AgendaBoard, ReorderableItem } from '@/components/agenda/agenda-board';
import { AgendaItemCard, type CardContext } from '@/components/agenda/agenda-item-card';
import { AgendaItemForm } from '@/components/agenda/agenda-item-form';
import { ActionButton } from '@/components/ui/action-button';
import { formatDate, formatDates, zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { toLocalDate } from '@/lib/domain/zoned-time';
import { publishAgendaDay } from './actions';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agenda'))('title') };
}

type Day = { key: string; label: string; items: AgendaItem[] };

/** Consecutive items of one calendar day in the meeting's zone: the data layer keeps days together. */
function byDay(items: AgendaItem[], timeZone: string, locale: string): Day[] {
  const days: Day[] = [];
  for (const item of items) {
    const key = toLocalDate(item.startsAt, timeZone);
    const last = days.at(-1);
    if (last?.key === key) last.items.push(item);
    else days.push({ key, label: formatDate(item.startsAt, timeZone, locale), items: [item] });
  }
  return days;
}

/** The latest start before each item's own: once it has passed, that item is next. */
function previousStarts(items: AgendaItem[]): Map<number, Date | null> {
  return new Map(
    items.map((item) => {
      const earlier = items.filter((other) => other.startsAt < item.startsAt).map((other) => other.startsAt.getTime());
      return [item.id, earlier.length ? new Date(Math.max(...earlier)) : null];
    }),
  );
}

export default async function AgendaPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/agenda');
  const items = allowed(() => listAgenda(viewer, meeting));
  const [t, locale] = await Promise.all([getTranslations('agenda'), getLocale()]);
  const { timeZone } = meeting;
  const days = byDay(items, timeZone, locale);
  const previous = previousStarts(items);
  const editing = isSecretariat(viewer, meeting.id);
  const context: CardContext = {
    slug,
    timeZone,
    meeting: { startsAt: meeting.startsAt.toISOString(), endsAt: meeting.endsAt.toISOString() },
    ownCode: viewer.delegation?.code ?? null,
    editing: editing
      ? {
          kinds: AGENDA_KIND_VALUES,
          timesHint: t('form.timesHint', {
            zone: zoneLabel(timeZone, locale, meeting.startsAt, 'generic'),
            dates: formatDates(meeting.startsAt, meeting.endsAt, timeZone, locale),
          }),
          bounds: {
            min: `${toLocalDate(meeting.startsAt, timeZone)}T00:00`,
            max: `${toLocalDate(meeting.endsAt, timeZone)}T23:59`,
          },
        }
      : null,
  };

  const programme = days.map((day) => {
    const drafts = day.items.filter((item) => !item.published).length;
    return (
      <section key={day.key} aria-labelledby={`day-${day.key}`} className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id={`day-${day.key}`} className="text-xl font-semibold">
            {day.label}
            <span className="ml-3 text-sm font-normal text-muted">{zoneLabel(timeZone, locale, day.items[0].startsAt)}</span>
          </h2>
          {editing && drafts > 0 && (
            <ActionButton action={publishAgendaDay} fields={{ slug, day: day.key }} pendingLabel={t('publishing')} className="button">
              {t('publishDay', { count: drafts, day: day.label })}
            </ActionButton>
          )}
        </div>
        <ol className="space-y-3">
          {day.items.map((item) => {
            const card = <AgendaItemCard item={item} previousStartsAt={previous.get(item.id) ?? null} context={context} />;
            const className = `rounded border bg-paper p-4 ${item.published ? 'border-rule' : 'border-dashed border-muted'}`;
            return editing ? (
              <ReorderableItem key={item.id} id={item.id} className={className}>
                {card}
              </ReorderableItem>
            ) : (
              <li key={item.id} className={className}>
                {card}
              </li>
            );
          })}
        </ol>
      </section>
    );
  });

  return (
    <section aria-labelledby="agenda-title" className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="agenda-title" className="text-2xl font-semibold">
            {t('title')}
          </h1>
          <p className="text-sm text-muted">{t('timeZoneNote', { zone: zoneLabel(timeZone, locale, meeting.startsAt, 'generic') })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`/meetings/${slug}/agenda/pdf`} download className="button button-quiet no-underline">
            {t('programmePdf')}
          </a>
          <a href={`/meetings/${slug}/agenda/ics`} download className="button button-quiet no-underline">
            {t('calendar')}
          </a>
        </div>
      </div>
      {context.editing && (
        <details className="rounded border border-rule bg-paper p-4">
          <summary className="cursor-pointer font-semibold text-navy">{t('addItem')}</summary>
          <div className="mt-3">
            <AgendaItemForm slug={slug} kinds={context.editing.kinds} timesHint={context.editing.timesHint} bounds={context.editing.bounds} />
          </div>
        </details>
      )}
      {items.length === 0 && <p>{t('empty')}</p>}
      {editing ? (
        <AgendaBoard
          slug={slug}
          items={days.flatMap((day) => day.items.map((item) => ({ id: item.id, title: item.title, day: day.key, dayLabel: day.label })))}
        >
          {programme}
        </AgendaBoard>
      ) : (
        programme
      )}
    </section>
  );
}
