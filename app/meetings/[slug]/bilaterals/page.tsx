import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { answerBilateralRequest } from './actions';
import { AnswerForm } from '@/components/bilaterals/answer-form';
import { ActionButton } from '@/components/ui/action-button';
import { RequestForm } from '@/components/bilaterals/request-form';
import { RoomsForm } from '@/components/bilaterals/rooms-form';
import { RulesForm } from '@/components/bilaterals/rules-form';
import { ScheduleForm } from '@/components/bilaterals/schedule-form';
import { LiveUpdates } from '@/components/live/live-updates';
import { getBilateralBoard, type BilateralDto } from '@/db/queries/bilaterals';
import { BILATERAL_LEVEL_VALUES } from '@/lib/domain/values';
import { lastEventId } from '@/lib/platform/events';
import { formatDateTime, formatTimeSpan, zoneLabel, formatDate } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { toLocalDateTime } from '@/lib/domain/zoned-time';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bilaterals'))('title') };
}

/**
 * Bilaterals on the margins. A delegation asks others and answers what it is asked, and sees
 * when each room is busy (never by whom); the secretariat books agreed ones into rooms from
 * the slots that suit every party, and keeps the rooms and the rules.
 */
export default async function BilateralsPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/bilaterals');
  const seen = lastEventId();
  const board = allowed(() => getBilateralBoard(viewer, meeting));
  const [t, tFormat, locale] = await Promise.all([getTranslations('bilaterals'), getTranslations('format'), getLocale()]);
  const zone = meeting.timeZone;
  const secretariat = board.ownDelegationId === null;
  const when = (start: Date, end: Date) => `${formatDate(start, zone, locale)}, ${formatTimeSpan(start, end, zone, locale)}`;
  const titleOf = (b: BilateralDto) => b.parties.map((p) => p.name).join(' – ');
  const levelLabel = (level: BilateralDto['level']) => t(`levelValue.${level}`);
  const open = board.bilaterals.filter((b) => b.status !== 'scheduled');
  const booked = board.bilaterals.filter((b) => b.status === 'scheduled').sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime());

  const card = (b: BilateralDto) => (
    <li key={b.id} className="space-y-2 rounded border border-rule bg-paper p-4" aria-labelledby={`bilateral-${b.id}-title`}>
      {/* tabIndex: a declined or called-off card loses its answer form, and the focus comes here. */}
      <h3 id={`bilateral-${b.id}-title`} tabIndex={-1} className="text-lg font-semibold">
        {titleOf(b)}
      </h3>
      <p>
        <span className="font-semibold" data-testid="bilateral-status">{t(`statusValue.${b.status}`)}</span>
        {' · '}
        {levelLabel(b.level)} · {t('minutes', { minutes: b.minutes })}
        {b.interpretation ? ` · ${t('interpretation')}` : ''}
      </p>
      <p>{tFormat('labelled', { label: t('topic'), value: b.topic })}</p>
      {b.status === 'scheduled' ? (
        <p data-testid="bilateral-booking">{t('bookedIn', { room: b.room ?? '', time: when(b.startsAt!, b.endsAt!) })}</p>
      ) : (
        <div>
          <p className="font-semibold">{b.proposedBy ? t('proposedBy', { delegation: b.proposedBy }) : t('timesOnTable')}</p>
          <ul className="list-disc pl-6">
            {b.windows.map((w) => (
              <li key={w.start.getTime()}>{when(w.start, w.end)}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="text-sm">
        {b.parties.map((p) => (
          <li key={p.code}>{tFormat('labelled', { label: p.name, value: t(`answerValue.${p.answer}`) })}</li>
        ))}
      </ul>
      {!secretariat && (b.status === 'pending' || b.status === 'agreed') && (
        <AnswerForm slug={slug} bilateralId={b.id} version={b.version} canAccept={b.ownAnswer !== 'accepted'} ownRequest={b.requester.code === viewer.delegation?.code} title={titleOf(b)} focusWhenRemoved={`bilateral-${b.id}-title`} />
      )}
      {!secretariat && b.status === 'scheduled' && (
        <ActionButton
          action={answerBilateralRequest}
          fields={{ slug, bilateralId: b.id, version: b.version, answer: 'decline' }}
          pendingLabel={t('working')}
          confirm={{ question: t('callOffQuestion', { title: titleOf(b) }), details: t('callOffDetails'), confirmLabel: t('callOffConfirm'), tone: 'danger' }}
          focusWhenRemoved={`bilateral-${b.id}-title`}
        >
          {t('callOff')}
        </ActionButton>
      )}
      {secretariat && (b.status === 'agreed' || b.status === 'scheduled') && (
        <ScheduleForm
          slug={slug}
          bilateralId={b.id}
          version={b.version}
          title={titleOf(b)}
          rooms={board.rooms.filter((r) => !b.interpretation || r.interpretation).map((r) => ({ id: r.id, label: t('roomLabel', { room: r.name, capacity: r.capacity }) }))}
          suggestions={b.suggestions.map((s) => ({
            roomId: s.roomId,
            start: toLocalDateTime(new Date(s.start), zone),
            label: `${s.room}, ${when(new Date(s.start), new Date(s.end))}`,
          }))}
          current={b.startsAt && b.status === 'scheduled' ? { roomId: board.rooms.find((r) => r.name === b.room)?.id ?? 0, start: toLocalDateTime(b.startsAt, zone) } : null}
        />
      )}
    </li>
  );

  return (
    <section aria-labelledby="bilaterals-title" className="space-y-8">
      <header className="space-y-1">
        <h1 id="bilaterals-title" className="text-2xl font-semibold">
          {t('title')}
        </h1>
        <p className="text-muted">{secretariat ? t('introSecretariat') : t('introDelegation')}</p>
        <p className="text-sm text-muted">{t('allTimes', { zone: zoneLabel(zone, locale, meeting.startsAt, 'generic') })}</p>
        {board.rules.requestDeadline && <p>{t('deadlineIs', { deadline: formatDateTime(board.rules.requestDeadline, zone, locale) })}</p>}
        {!secretariat && viewer.delegation && (
          <p>
            <Link href={`/meetings/${slug}/delegations/${viewer.delegation.code}/schedule`}>{t('ownSchedule')}</Link>
          </p>
        )}
        <LiveUpdates url={`/meetings/${slug}/events`} since={seen} />
      </header>

      <section aria-labelledby="open-title" className="space-y-3">
        <h2 id="open-title" className="text-xl font-semibold">
          {t('openTitle')}
        </h2>
        {open.length === 0 ? <p>{t('noneOpen')}</p> : <ul className="space-y-3">{open.map(card)}</ul>}
      </section>

      <section aria-labelledby="booked-title" className="space-y-3">
        <h2 id="booked-title" className="text-xl font-semibold">
          {t('bookedTitle')}
        </h2>
        {booked.length === 0 ? <p>{t('noneBooked')}</p> : <ul className="space-y-3">{booked.map(card)}</ul>}
      </section>

      {!secretariat && (
        <section aria-labelledby="request-title" className="space-y-3 rounded border border-rule bg-paper p-5">
          <h2 id="request-title" className="text-xl font-semibold">
            {t('requestTitle')}
          </h2>
          <RequestForm
            slug={slug}
            others={board.others}
            levels={BILATERAL_LEVEL_VALUES.map((code) => ({ code, label: levelLabel(code) }))}
            firstDay={toLocalDateTime(meeting.startsAt, zone)}
            lastDay={toLocalDateTime(meeting.endsAt, zone)}
          />
        </section>
      )}

      <section aria-labelledby="rooms-title" className="space-y-3">
        <h2 id="rooms-title" className="text-xl font-semibold">
          {t('roomsTitle')}
        </h2>
        {board.rooms.length === 0 ? (
          <p>{t('noRooms')}</p>
        ) : (
          <table className="w-full text-left">
            <caption className="sr-only">{t('roomsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('room')}</th>
                <th scope="col">{t('capacity')}</th>
                <th scope="col">{t('equipment')}</th>
                <th scope="col">{t('busy')}</th>
              </tr>
            </thead>
            <tbody>
              {board.rooms.map((room) => (
                <tr key={room.id} className="border-t border-rule align-top">
                  <th scope="row">{room.name}</th>
                  <td>{room.capacity}</td>
                  <td>{[room.interpretation ? t('interpretation') : null, room.equipment || null].filter(Boolean).join(', ') || '—'}</td>
                  <td data-testid={`busy-${room.name}`}>
                    {room.busy.length === 0 ? t('free') : room.busy.map((b) => <div key={b.start.getTime()}>{when(b.start, b.end)}</div>)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {secretariat && (
        <>
          <section aria-labelledby="room-list-title" className="space-y-2 rounded border border-rule bg-paper p-5">
            <h2 id="room-list-title" className="text-xl font-semibold">
              {t('roomListTitle')}
            </h2>
            <RoomsForm slug={slug} rooms={board.rooms.map(({ name, capacity, interpretation, equipment }) => ({ name, capacity, interpretation, equipment }))} />
          </section>
          <section aria-labelledby="rules-title" className="space-y-2 rounded border border-rule bg-paper p-5">
            <h2 id="rules-title" className="text-xl font-semibold">
              {t('rulesTitle')}
            </h2>
            <RulesForm slug={slug} bufferMinutes={board.rules.bufferMinutes} requestDeadline={board.rules.requestDeadline ? toLocalDateTime(board.rules.requestDeadline, zone) : ''} />
          </section>
        </>
      )}
    </section>
  );
}
