'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { useActionState, useEffect, useRef, useState, useTransition } from 'react';
import { acceptSpeaker, moveSpeaker, removeSpeaker, setSpeakingTimes } from '@/app/meetings/[slug]/agenda/actions';
import { ActionButton } from '@/components/ui/action-button';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/server/action';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Speaker = { id: number; protocolName: string; status: 'requested' | 'accepted'; minutes: number | null };

/**
 * The secretariat's hand on one item's speakers list: accept requests, reorder (by
 * keyboard, announced), give each speaker minutes, take a speaker off.
 */
export function SpeakersEditor({ slug, itemId, itemTitle, speakers }: { slug: string; itemId: number; itemTitle: string; speakers: Speaker[] }) {
  const t = useTranslations('agenda.speakersList');
  const tValidation = useTranslations('validation');
  const [pending, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState('');
  const [typed, setTyped] = useState<Record<number, string>>({});
  const refocusRef = useRef<{ id: number; direction: 'up' | 'down' } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const formId = `speaking-times-${itemId}`;

  // The one form not drawn by ActionForm: its minute fields sit in the list's rows (form=),
  // between the rows' own forms (accept, remove), and the list shows the errors, so the
  // state lives here rather than inside the form element.
  const [times, saveTimes] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await setSpeakingTimes(previous, formData);
    if (result?.ok) setTyped({});
    return result;
  }, null);
  const timeErrors = times && !times.ok ? times.fieldErrors : undefined;

  useEffect(() => {
    const wanted = refocusRef.current;
    if (pending || !wanted) return;
    refocusRef.current = null;
    const same = buttons.current.get(`${wanted.id}-${wanted.direction}`);
    const other = buttons.current.get(`${wanted.id}-${wanted.direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [pending, speakers]);

  function move(speaker: Speaker, direction: 'up' | 'down') {
    if (pending) return;
    const form = new FormData();
    form.set('slug', slug);
    form.set('speakerId', String(speaker.id));
    form.set('direction', direction);
    form.set('order', speakers.map((s) => s.id).join(','));
    refocusRef.current = { id: speaker.id, direction };
    const place = speakers.indexOf(speaker) + 1 + (direction === 'up' ? -1 : 1);
    startTransition(async () => {
      const result = await moveSpeaker(null, form);
      setAnnouncement(
        result?.ok ? t('moved', { name: speaker.protocolName, place, count: speakers.length }) : tValidation(result?.message && tValidation.has(result.message) ? result.message : 'invalidInput'),
      );
    });
  }

  if (speakers.length === 0) return <p className="text-sm text-muted">{t('none')}</p>;

  return (
    <div className="space-y-2 text-sm">
      <p role="status" className={announcement ? 'rounded border-l-4 border-navy bg-navy-soft p-2' : 'sr-only'}>
        {announcement}
      </p>
      <ol className="space-y-2">
        {speakers.map((speaker, index) => {
          const field = `minutes-${speaker.id}`;
          const error = timeErrors?.[field]?.[0];
          return (
            <li key={speaker.id} className="flex flex-wrap items-center gap-2 border-b border-rule pb-2">
              <span className="w-6 text-right text-muted">{index + 1}.</span>
              <span className="min-w-40 font-semibold">{speaker.protocolName}</span>
              <span className="badge">{t(`status.${speaker.status}`)}</span>
              <label className="inline-flex items-center gap-1">
                <span>{t('minutesLabel')}</span>
                <span className="sr-only">{t('minutesFor', { name: speaker.protocolName })}</span>
                <input
                  form={formId}
                  type="number"
                  name={field}
                  min={1}
                  max={60}
                  inputMode="numeric"
                  className={`w-20 rounded border bg-white px-2 py-1 ${error ? 'border-accent' : 'border-muted'}`}
                  value={typed[speaker.id] ?? (speaker.minutes === null ? '' : String(speaker.minutes))}
                  onChange={(event) => setTyped((current) => ({ ...current, [speaker.id]: event.target.value }))}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${field}-error` : undefined}
                />
              </label>
              {error && (
                <span id={`${field}-error`} className="text-accent">
                  {tValidation(error)}
                </span>
              )}
              {speaker.status === 'requested' && (
                <ActionButton action={acceptSpeaker} fields={{ slug, speakerId: speaker.id }} pendingLabel={t('accepting')}>
                  {t('accept')}
                  <span className="sr-only">: {speaker.protocolName}</span>
                </ActionButton>
              )}
              {(['up', 'down'] as const).map((direction) => (
                <button
                  key={direction}
                  ref={(node) => {
                    const key = `${speaker.id}-${direction}`;
                    if (node) buttons.current.set(key, node);
                    else buttons.current.delete(key);
                  }}
                  type="button"
                  className="button button-quiet"
                  disabled={direction === 'up' ? index === 0 : index === speakers.length - 1}
                  onClick={() => move(speaker, direction)}
                >
                  {t(direction)}
                  <span className="sr-only">: {speaker.protocolName}</span>
                </button>
              ))}
              <ActionButton action={removeSpeaker} fields={{ slug, speakerId: speaker.id }} pendingLabel={t('removing')}>
                {t('remove')}
                <span className="sr-only">: {speaker.protocolName}</span>
              </ActionButton>
            </li>
          );
        })}
      </ol>
      <form id={formId} action={saveTimes} noValidate className="flex flex-wrap items-center gap-3">
        <HiddenFields fields={{ slug, itemId }} />
        <SubmitButton pendingLabel={t('savingTimes')} className="button button-quiet">
          {t('saveTimes')}
          <span className="sr-only">: {itemTitle}</span>
        </SubmitButton>
        <FormMessage code={times?.message} tone={times?.ok ? 'success' : 'error'} />
      </form>
    </div>
  );
}
