import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { MeetingForm } from '@/components/meetings/meeting-form';
import { checkMeetingCreator } from '@/db/queries/meetings';
import { countryChoices } from '@/lib/domain/countries';
import { MEETING_KIND_VALUES } from '@/lib/domain/values';
import { allowed } from '@/lib/server/page-guard';
import { TIME_ZONES } from '@/lib/domain/time-zones';
import { requireViewer } from '@/lib/server/viewer';
import { createNewMeeting } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetingForm'))('newTitle') };
}

/** "Create a meeting": for secretariat accounts (403 for delegations). */
export default async function NewMeetingPage() {
  const viewer = await requireViewer('/meetings/new');
  allowed(() => checkMeetingCreator(viewer));
  const [t, locale] = await Promise.all([getTranslations('meetingForm'), getLocale()]);
  return (
    <section aria-labelledby="new-meeting-title" className="space-y-4">
      <h1 id="new-meeting-title" className="text-2xl font-semibold">
        {t('newTitle')}
      </h1>
      <p className="text-muted">{t('newIntro')}</p>
      <p className="text-muted">{t('fromEarlier')}</p>
      <MeetingForm
        action={createNewMeeting}
        initial={{
          title: '',
          shortTitle: '',
          documentCode: '',
          slug: '',
          kind: 'ministerial',
          venue: '',
          city: '',
          timeZone: '',
          startsAt: '',
          endsAt: '',
          hostStates: [],
          coChairs: [],
          workingLanguages: 'en',
        }}
        kinds={MEETING_KIND_VALUES}
        states={countryChoices(locale)}
        timeZones={TIME_ZONES}
        submitLabel={t('create')}
        pendingLabel={t('creating')}
      />
    </section>
  );
}
