'use client';

import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is rendered the first time it opens, then kept, so that what
 * was typed in it survives closing it. A long text has a form like this under every
 * paragraph and amendment: rendered closed, they were most of the page's weight.
 */
export function Disclosure({
  summary,
  children,
  className,
  summaryClassName = 'cursor-pointer font-semibold',
  defaultOpen = false,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  /** The summary's classes; '' when the details' own class styles it. */
  summaryClassName?: string;
  defaultOpen?: boolean;
}) {
  const [opened, setOpened] = useState(defaultOpen);
  return (
    <details
      className={className}
      open={defaultOpen || undefined}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      {/* A click (or Enter, or Space) renders the content at once, as a discrete event: the
          toggle event comes a task later, after a quick Tab could have skipped past it. */}
      <summary className={summaryClassName || undefined} onClick={() => setOpened(true)}>
        {summary}
      </summary>
      {opened && children}
    </details>
  );
}
