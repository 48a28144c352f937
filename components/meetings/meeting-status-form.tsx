'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { changeMeetingStatus } from '@/app/meetings/[slug]/settings/actions';
import { ActionButton } from '@/components/ui/action-button';

type Status = 'planning' | 'in_session' | 'concluded';

/** The one next step from each status: a concluded meeting can only be reopened. */
const NEXT: Record<Status, { to: Status; label: string }> = {
  planning: { to: 'in_session', label: 'open' },
  in_session: { to: 'concluded', label: 'conclude' },
  concluded: { to: 'in_session', label: 'reopen' },
};

/** The meeting's status, and the button that moves it on. */
export function MeetingStatusForm({ slug, status }: { slug: string; status: Status }) {
  const t = useTranslations('meetingSettings');
  const next = NEXT[status];
  return (
    <div className="space-y-2">
      <p>
        {t('currentStatus')} <span className="badge">{t(`statuses.${status}`)}</span>
      </p>
      <p className="text-sm text-muted">{t(`statusNote.${status}`)}</p>
      <ActionButton action={changeMeetingStatus} fields={{ slug, status: next.to }} pendingLabel={t('saving')} className="button">
        {t(next.label)}
      </ActionButton>
    </div>
  );
}
