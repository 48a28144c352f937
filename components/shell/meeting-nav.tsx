'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from '@/components/shell/use-translations';

type Section = { href: string; label: string };

/** The meeting's sections; the one you are in is marked for screen readers too. */
export function MeetingNav({ sections }: { sections: Section[] }) {
  const pathname = usePathname();
  const t = useTranslations('app');
  const [overview, ...rest] = sections;
  const current = rest.find((s) => pathname.startsWith(s.href)) ?? (pathname === overview.href ? overview : null);
  return (
    <nav aria-label={t('mainNav')} className="border-b border-rule">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {sections.map((section) => {
          const isCurrent = section === current;
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={isCurrent ? 'page' : undefined}
                className={`block border-b-4 px-3 py-2 font-semibold no-underline ${
                  isCurrent ? 'border-navy text-navy' : 'border-transparent text-muted hover:text-ink'
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
