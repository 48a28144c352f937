import { getTranslations } from 'next-intl/server';
import { MeetingNav } from '@/components/shell/meeting-nav';
import { isSecretariat, mayActInBilaterals, mayReadAuditLog } from '@/db/access';
import { meetingPage } from '@/lib/server/page-guard';
import { requireViewer } from '@/lib/server/viewer';
import { claimReservedRenderSlot } from '@/lib/server/render-slots';

type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

/** The meeting's banner and its sections. Each page still checks access through the data layer. */
export default async function MeetingLayout({ children, params }: Props) {
  // Before anything that may refuse the request: the page would not render to claim it.
  await claimReservedRenderSlot();
  const { slug } = await params;
  // The door sees the check-in desk alone: no banner, no sections (its page checks access).
  if ((await requireViewer(`/meetings/${slug}`)).role === 'door') return children;
  const [{ viewer, meeting }, t] = await Promise.all([meetingPage(slug), getTranslations('nav')]);
  // Accounts are the secretariat's business, the audit log the secretariat's and heads':
  // the links are a convenience, the pages check again.
  const keys = [
    'overview',
    'delegations',
    'agenda',
    'positions',
    'documents',
    ...(isSecretariat(viewer, meeting.id) || mayActInBilaterals(viewer, meeting.id) ? (['bilaterals'] as const) : []),
    ...(isSecretariat(viewer, meeting.id) ? (['accreditation', 'check-in', 'accounts', 'settings'] as const) : []),
    ...(mayReadAuditLog(viewer, meeting.id) ? (['audit'] as const) : []),
  ] as const;
  const sections = keys.map((key) => ({
    href: key === 'overview' ? `/meetings/${slug}` : `/meetings/${slug}/${key}`,
    label: t(key),
  }));
  return (
    <div>
      <p className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">{meeting.shortTitle}</p>
      <MeetingNav sections={sections} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
