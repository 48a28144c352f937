import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { listMeetings } from '@/db/queries/meetings';
import { formatRange, zoneLabel } from '@/lib/domain/format-time';
import { requireViewer } from '@/lib/server/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('home'))('title') };
}

const GROUPS = ['planning', 'in_session', 'concluded'] as const;

/**
 * The viewer's meetings, upcoming, in session and concluded, each with its dates on its own
 * clock; straight to the meeting when there is only one. A secretariat account may create one.
 */
export default async function HomePage() {
  const viewer = await requireViewer('/');
  const meetings = listMeetings(viewer);
  // The door's one page is its meeting's check-in desk.
  if (meetings.length === 1) redirect(viewer.role === 'door' ? `/meetings/${meetings[0].slug}/check-in` : `/meetings/${meetings[0].slug}`);
  const [t, locale] = await Promise.all([getTranslations('home'), getLocale()]);
  const mayCreate = viewer.role === 'secretariat';
  return (
    <section aria-labelledby="home-title" className="space-y-6">
      <h1 id="home-title" className="text-2xl font-semibold">{t('title')}</h1>
      {meetings.length === 0 && <p>{mayCreate ? t('noneSecretariat') : t('none')}</p>}
      {GROUPS.map((status) => {
        const group = meetings.filter((m) => m.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`home-${status}`}>
            <h2 id={`home-${status}`} className="mb-2 text-xl font-semibold">{t(`group.${status}`)}</h2>
            <ul className="space-y-2">
              {group.map((m) => (
                <li key={m.id}>
                  <Link href={viewer.role === 'door' ? `/meetings/${m.slug}/check-in` : `/meetings/${m.slug}`}>{m.title}</Link>
                  <span className="block text-sm text-muted">
                    {formatRange(m.startsAt, m.endsAt, m.timeZone, locale)} ({zoneLabel(m.timeZone, locale, m.startsAt)}) · {m.city}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {mayCreate && (
        <p>
          <Link href="/meetings/new" className="button">
            {t('createMeeting')}
          </Link>
        </p>
      )}
    </section>
  );
}
