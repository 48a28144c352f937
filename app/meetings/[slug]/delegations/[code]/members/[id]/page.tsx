import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { MemberForm } from '@/components/roster/member-form';
import { RemoveMemberForm } from '@/components/roster/remove-member-form';
import { PhotoForm } from '@/components/accreditation/photo-form';
import { isSecretariat } from '@/db/access';
import { getRosterMember } from '@/db/queries/delegations';
import { ACCREDITATION_VALUES, BADGE_CATEGORY_VALUES, ROSTER_FUNCTION_VALUES } from '@/lib/domain/values';
import { zoneLabel } from '@/lib/domain/format-time';
import { allowed, meetingPage } from '@/lib/server/page-guard';
import { toLocalDateTime } from '@/lib/domain/zoned-time';
import { positiveId } from '@/lib/domain/route-params';

type Props = { params: Promise<{ slug: string; code: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rosterEdit'))('editTitle') };
}

export default async function EditMemberPage({ params }: Props) {
  const { slug, code, id } = await params;
  const memberId = positiveId(id) ?? notFound();
  const { viewer, meeting } = await meetingPage(slug, `/delegations/${code}/members/${id}`);
  const { delegation, member } = allowed(() => getRosterMember(viewer, meeting, code, memberId));
  const [t, locale] = await Promise.all([getTranslations('rosterEdit'), getLocale()]);
  const local = (instant: Date | null) => (instant ? toLocalDateTime(instant, meeting.timeZone) : '');
  const rosterHref = `/meetings/${slug}/delegations/${code}`;
  return (
    <section aria-labelledby="member-title" className="max-w-3xl space-y-6">
      <h1 id="member-title" className="text-2xl font-semibold">
        {t('editHeading', { name: member.fullName, delegation: delegation.protocolName })}
      </h1>
      <MemberForm
        slug={slug}
        code={code}
        member={{ id: member.id, version: member.version }}
        initial={{
          fullName: member.fullName,
          title: member.title,
          function: member.function,
          email: member.email ?? '',
          accreditation: member.accreditation,
          category: member.category,
          arrival: local(member.arrivalAt),
          departure: local(member.departureAt),
        }}
        functions={ROSTER_FUNCTION_VALUES}
        categories={BADGE_CATEGORY_VALUES}
        accreditations={isSecretariat(viewer, meeting.id) ? ACCREDITATION_VALUES : null}
        timeZoneLabel={zoneLabel(meeting.timeZone, locale, meeting.startsAt)}
        cancelHref={rosterHref}
      />
      <section aria-labelledby="photo-title" className="border-t border-rule pt-4">
        <h2 id="photo-title" className="mb-2 text-lg font-semibold">{t('photoTitle')}</h2>
        <PhotoForm slug={slug} code={code} memberId={member.id} photoUrl={member.hasPhoto ? `/meetings/${slug}/members/${member.id}/photo` : null} />
      </section>
      <section aria-labelledby="remove-title" className="border-t border-rule pt-4">
        <h2 id="remove-title" className="mb-2 text-lg font-semibold">{t('removeTitle')}</h2>
        <RemoveMemberForm slug={slug} code={code} memberId={member.id} name={member.fullName} delegation={delegation.protocolName} />
      </section>
    </section>
  );
}
