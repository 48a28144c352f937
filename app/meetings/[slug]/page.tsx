import type { Metadata } from 'next';
import { affiliationLabel } from '@/components/shell/affiliation';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AttentionList } from '@/components/attention/attention-list';
import { LiveUpdates } from '@/components/live/live-updates';
import { SetupChecklist } from '@/components/meetings/setup-checklist';
import { getAttention } from '@/db/queries/attention';
import { getMeetingOverview, getSetupChecklist } from '@/db/queries/meetings';
import { lastEventId } from '@/lib/platform/events';
import { formatRange, zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meeting } = await meetingPage((await params).slug);
  return { title: meeting.shortTitle };
}

export default async function MeetingOverviewPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, meeting } = await meetingPage(slug);
  // Taken before the data is read: the live stream replays any change after it.
  const seen = lastEventId();
  const attention = allowed(() => getAttention(viewer, meeting));
  const checklist = getSetupChecklist(viewer, meeting);
  const [overview, t, tApp, locale] = await Promise.all([
    allowed(() => getMeetingOverview(viewer, meeting)),
    getTranslations('overview'),
    getTranslations('app'),
    getLocale(),
  ]);
  const zone = zoneLabel(meeting.timeZone, locale, meeting.startsAt);
  const who = affiliationLabel(tApp, viewer.delegation?.protocolName ?? null, viewer.role);
  return (
    <article className="space-y-6">
      <header>
        <h1 className="font-serif text-3xl font-semibold leading-tight">{meeting.title}</h1>
        <p className="mt-2 text-muted">
          <span className="badge mr-2">{t(`status.${meeting.status}`)}</span>
          {tApp('signedInAs', { name: who })}
        </p>
        <LiveUpdates url={`/meetings/${slug}/events`} since={seen} />
        {viewer.role === 'secretariat' && (
          <p className="mt-2 text-sm">
            <Link href="/meetings/new">{t('createMeeting')}</Link>
          </p>
        )}
      </header>
      {checklist && <SetupChecklist slug={slug} checklist={checklist} />}
      <AttentionList slug={slug} items={attention} timeZone={meeting.timeZone} />
      <dl className="grid gap-4 rounded border border-rule bg-paper p-5 sm:grid-cols-2">
        <div>
          <dt className="font-semibold">{t('when')}</dt>
          <dd>
            {formatRange(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale)}
            <br />
            <span className="text-sm text-muted">{t('timeZoneNote', { zone })}</span>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t('where')}</dt>
          <dd>
            {meeting.venue}, {meeting.city}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t('coChairs')}</dt>
          <dd>
            <ul>
              {overview.coChairs.map((c) => (
                <li key={c.code}>
                  {c.protocolName}
                  {c.headName && <span className="text-muted"> — {c.headName}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t('participants')}</dt>
          <dd data-testid="participating-count">{t('participantsCount', { count: overview.participatingCount })}</dd>
        </div>
      </dl>
    </article>
  );
}
