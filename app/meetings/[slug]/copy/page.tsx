import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { MeetingForm } from '@/components/meetings/meeting-form';
import { checkMeetingCopier } from '@/db/queries/meetings';
import { formatRange, zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { TIME_ZONES } from '@/lib/domain/time-zones';
import { copyThisMeeting } from './actions';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetingCopy'))('title') };
}

/** "Copy this meeting": a new meeting with this one's set-up, for its secretariat only (404 otherwise). */
export default async function CopyMeetingPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/copy');
  allowed(() => checkMeetingCopier(viewer, meeting));
  const [t, locale] = await Promise.all([getTranslations('meetingCopy'), getLocale()]);
  return (
    <section aria-labelledby="copy-title" className="space-y-4">
      <h1 id="copy-title" className="text-2xl font-semibold">
        {t('title')}
      </h1>
      <p>
        {t('source', {
          title: meeting.title,
          dates: `${formatRange(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale)} (${zoneLabel(meeting.timeZone, locale, meeting.startsAt)})`,
        })}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h2 className="font-semibold">{t('copiedTitle')}</h2>
          <ul className="list-disc pl-6">
            {(['details', 'delegations', 'order', 'agenda'] as const).map((key) => (
              <li key={key}>{t(`copied.${key}`)}</li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="font-semibold">{t('notCopiedTitle')}</h2>
          <ul className="list-disc pl-6">
            {(['people', 'texts', 'agendaDetails'] as const).map((key) => (
              <li key={key}>{t(`notCopied.${key}`)}</li>
            ))}
          </ul>
        </div>
      </div>
      <MeetingForm
        action={copyThisMeeting}
        currentSlug={slug}
        fields="copy"
        initial={{
          title: '',
          shortTitle: '',
          documentCode: '',
          slug: '',
          kind: meeting.kind,
          venue: meeting.venue,
          city: meeting.city,
          timeZone: meeting.timeZone,
          startsAt: '',
          endsAt: '',
          hostStates: [],
          coChairs: [],
          workingLanguages: meeting.workingLanguages.join(','),
        }}
        kinds={[]}
        states={[]}
        timeZones={TIME_ZONES}
        submitLabel={t('submit')}
        pendingLabel={t('pending')}
      />
    </section>
  );
}
