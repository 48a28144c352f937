import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { SetupChecklist as Checklist } from '@/db/queries/meetings';

const STEPS = [
  { key: 'delegations', path: '/delegations' },
  { key: 'invitations', path: '/accounts' },
  { key: 'agenda', path: '/agenda' },
  { key: 'document', path: '/documents' },
] as const;

/** What a new meeting still needs, for its secretariat: each step links to where it is done. */
export async function SetupChecklist({ slug, checklist }: { slug: string; checklist: Checklist }) {
  const t = await getTranslations('overview.checklist');
  return (
    <section aria-labelledby="setup-checklist" className="rounded border border-rule bg-paper p-5">
      <h2 id="setup-checklist" className="mb-2 text-xl font-semibold">{t('title')}</h2>
      <ol className="list-decimal space-y-1 pl-6">
        {STEPS.map(({ key, path }) => (
          <li key={key}>
            <Link href={`/meetings/${slug}${path}`}>{t(key)}</Link>
            {checklist[key] && <span className="badge ml-2">{t('done')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
