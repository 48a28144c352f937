import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listMeetings } from '@/db/queries/meetings';
import { requireViewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('home'))('title') };
}

/** The viewer's meetings; straight to the meeting when there is only one. */
export default async function HomePage() {
  const viewer = await requireViewer('/');
  const meetings = listMeetings(viewer);
  if (meetings.length === 1) redirect(`/meetings/${meetings[0].slug}`);
  const t = await getTranslations('home');
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" className="mb-4 text-2xl font-semibold">{t('title')}</h1>
      {meetings.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="space-y-2">
          {meetings.map((m) => (
            <li key={m.id}>
              <Link href={`/meetings/${m.slug}`}>{m.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
