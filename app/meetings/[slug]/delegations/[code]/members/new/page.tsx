import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { MemberForm } from '@/components/roster/member-form';
import { isSecretariat } from '@/db/access';
import { getRosterForEditing } from '@/db/queries/delegations';
import { ACCREDITATION_VALUES, BADGE_CATEGORY_VALUES, ROSTER_FUNCTION_VALUES } from '@/lib/domain/values';
import { zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';

type Props = { params: Promise<{ slug: string; code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rosterEdit'))('addMember') };
}

export default async function NewMemberPage({ params }: Props) {
  const { slug, code } = await params;
  const { viewer, meeting } = await meetingPage(slug, `/delegations/${code}/members/new`);
  const { delegation, hasHead } = allowed(() => getRosterForEditing(viewer, meeting, code));
  const [t, locale] = await Promise.all([getTranslations('rosterEdit'), getLocale()]);
  return (
    <section aria-labelledby="member-title" className="max-w-3xl space-y-4">
      <h1 id="member-title" className="text-2xl font-semibold">
        {t('addTitle', { name: delegation.protocolName })}
      </h1>
      <MemberForm
        slug={slug}
        code={code}
        initial={{ fullName: '', title: '', function: hasHead ? 'adviser' : 'head', email: '', accreditation: 'requested', category: hasHead ? 'adviser' : 'head_of_delegation', arrival: '', departure: '' }}
        functions={ROSTER_FUNCTION_VALUES}
        categories={BADGE_CATEGORY_VALUES}
        accreditations={isSecretariat(viewer, meeting.id) ? ACCREDITATION_VALUES : null}
        timeZoneLabel={zoneLabel(meeting.timeZone, locale, meeting.startsAt)}
        cancelHref={`/meetings/${slug}/delegations/${code}`}
      />
    </section>
  );
}
