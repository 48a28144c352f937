'use client';

import { useState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { assignBilateralSlot } from '@/app/meetings/[slug]/bilaterals/actions';
import { ActionForm, useActionFormState } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { sentOr } from '@/components/ui/action-state';

type Suggestion = { roomId: number; start: string; label: string };

/**
 * The secretariat books a bilateral: a room and a start on the meeting's clock, filled in
 * with the first free slot that suits every party (the others a click away). A clash comes
 * back named next to the start.
 */
export function ScheduleForm({
  slug,
  bilateralId,
  version,
  title,
  rooms,
  suggestions,
  current,
}: {
  slug: string;
  bilateralId: number;
  version: number;
  title: string;
  rooms: { id: number; label: string }[];
  suggestions: Suggestion[];
  /** The booking it has, when it is moved. */
  current: { roomId: number; start: string } | null;
}) {
  const t = useTranslations('bilaterals');
  return (
    <ActionForm action={assignBilateralSlot} fields={{ slug, bilateralId, version }} className="space-y-3" aria-label={t('scheduleFor', { title })}>
      <SlotFields bilateralId={bilateralId} rooms={rooms} suggestions={suggestions} current={current} />
      <SubmitButton pendingLabel={t('working')}>{current ? t('move') : t('book')}</SubmitButton>
    </ActionForm>
  );
}

/**
 * The room and the start, held in state so that a suggestion can fill both; after a
 * refusal (a clash, a bad time) they start from what was sent.
 */
function SlotFields({
  bilateralId,
  rooms,
  suggestions,
  current,
}: {
  bilateralId: number;
  rooms: { id: number; label: string }[];
  suggestions: Suggestion[];
  current: { roomId: number; start: string } | null;
}) {
  const t = useTranslations('bilaterals');
  const tValidation = useTranslations('validation');
  const state = useActionFormState();
  const first = current ?? suggestions[0] ?? null;
  const [roomId, setRoomId] = useState(sentOr(state, 'roomId', first ? String(first.roomId) : ''));
  const [start, setStart] = useState(sentOr(state, 'start', first?.start ?? ''));
  const id = (field: string) => `schedule-${bilateralId}-${field}`;
  const failure = state?.ok === false ? state : null;
  const clash = failure && 'clash' in failure ? (failure.clash as string) : null;
  const startError = clash ?? (failure?.fieldErrors?.start?.[0] ? tValidation(failure.fieldErrors.start[0]) : null);
  const roomError = failure?.fieldErrors?.roomId?.[0] ? tValidation(failure.fieldErrors.roomId[0]) : null;
  return (
    <>
      {suggestions.length > 0 ? (
        <div>
          <p className="text-sm font-semibold">{t('suggestions')}</p>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map((s) => (
              <li key={`${s.roomId}-${s.start}`}>
                <button
                  type="button"
                  className="button button-quiet text-sm"
                  aria-pressed={String(s.roomId) === roomId && s.start === start}
                  onClick={() => {
                    setRoomId(String(s.roomId));
                    setStart(s.start);
                  }}
                >
                  {s.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : current ? null : (
        <p className="text-sm text-muted">{t('noSuggestions')}</p>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <div>
          <label htmlFor={id('room')} className="mb-1 block font-semibold">
            {t('room')}
          </label>
          <select
            id={id('room')}
            name="roomId"
            value={roomId}
            onChange={(e) => setRoomId(e.target.value)}
            aria-invalid={roomError ? true : undefined}
            aria-describedby={id('room-error')}
            className="w-full rounded border border-muted bg-white px-3 py-2"
          >
            <option value="">{t('chooseRoom')}</option>
            {rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
          <p id={id('room-error')} aria-live="polite" className="mt-1 min-h-5 text-sm text-accent">
            {roomError}
          </p>
        </div>
        <div>
          <label htmlFor={id('start')} className="mb-1 block font-semibold">
            {t('start')}
          </label>
          <input
            id={id('start')}
            name="start"
            type="datetime-local"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            aria-invalid={startError ? true : undefined}
            aria-describedby={id('start-error')}
            className={`w-full rounded border bg-white px-3 py-2 ${startError ? 'border-accent' : 'border-muted'}`}
          />
          <p id={id('start-error')} aria-live="polite" className="mt-1 min-h-5 text-sm text-accent">
            {startError}
          </p>
        </div>
      </div>
    </>
  );
}
