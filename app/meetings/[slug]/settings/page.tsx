import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { MeetingForm } from '@/components/meetings/meeting-form';
import { MeetingStatusForm } from '@/components/meetings/meeting-status-form';
import { SecretariatMembers } from '@/components/meetings/secretariat-members';
import { getMeetingSettings } from '@/db/queries/meetings';
import { countryChoices } from '@/lib/domain/countries';
import { MEETING_KIND_VALUES } from '@/lib/domain/values';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { TIME_ZONES } from '@/lib/domain/time-zones';
import { toLocalDateTime } from '@/lib/domain/zoned-time';
import { saveMeetingDetails } from './actions';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetingSettings'))('title') };
}

/**
 * The meeting's details, its status, its secretariat members and the way to copy it as a
 * template: for its secretariat only (404 otherwise).
 */
export default async function MeetingSettingsPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug, '/settings');
  const settings = allowed(() => getMeetingSettings(viewer, meeting));
  const [t, tForm, locale] = await Promise.all([getTranslations('meetingSettings'), getTranslations('meetingForm'), getLocale()]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <section aria-labelledby="status-title" className="space-y-2">
        <h2 id="status-title" className="text-xl font-semibold">{t('status')}</h2>
        <MeetingStatusForm slug={slug} status={meeting.status} />
      </section>
      <section aria-labelledby="details-title" className="space-y-2">
        <h2 id="details-title" className="text-xl font-semibold">{t('details')}</h2>
        <p className="text-muted">{t('datesNote')}</p>
        <MeetingForm
          action={saveMeetingDetails}
          currentSlug={slug}
          successMessage="saved"
          initial={{
            title: meeting.title,
            shortTitle: meeting.shortTitle,
            documentCode: meeting.documentCode,
            slug: meeting.slug,
            kind: meeting.kind,
            venue: meeting.venue,
            city: meeting.city,
            timeZone: meeting.timeZone,
            startsAt: toLocalDateTime(meeting.startsAt, meeting.timeZone),
            endsAt: toLocalDateTime(meeting.endsAt, meeting.timeZone),
            hostStates: meeting.hostStates,
            coChairs: settings.coChairs,
            workingLanguages: meeting.workingLanguages.join(','),
          }}
          kinds={MEETING_KIND_VALUES}
          states={countryChoices(locale)}
          timeZones={TIME_ZONES}
          submitLabel={tForm('save')}
          pendingLabel={tForm('saving')}
        />
      </section>
      <section aria-labelledby="members-title" className="space-y-2">
        <h2 id="members-title" className="text-xl font-semibold">{t('members')}</h2>
        <p className="text-muted">{t('membersIntro')}</p>
        <SecretariatMembers slug={slug} members={settings.members} viewerId={viewer.userId} />
      </section>
      <section aria-labelledby="copy-title" className="space-y-2">
        <h2 id="copy-title" className="text-xl font-semibold">{t('template')}</h2>
        <p className="text-muted">{t('templateIntro')}</p>
        <p>
          <Link href={`/meetings/${slug}/copy`} className="button">
            {t('copy')}
          </Link>
        </p>
      </section>
    </div>
  );
}
