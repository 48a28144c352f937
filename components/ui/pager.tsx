import Link from 'next/link';

type Props = {
  /** The navigation's accessible name, such as "Pages of results". */
  label: string;
  page: number;
  pageSize: number;
  total: number;
  /** The address of another page of the same list. */
  pageHref: (page: number) => string;
  previousLabel: string;
  nextLabel: string;
};

/** Links to the page before and the page after, when there are any: plain links, so every page has an address and works without scripts. */
export function Pager({ label, page, pageSize, total, pageHref, previousLabel, nextLabel }: Props) {
  const hasNext = page * pageSize < total;
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label={label} className="flex gap-4">
      {page > 1 && (
        <Link href={pageHref(page - 1)} rel="prev">
          {previousLabel}
        </Link>
      )}
      {hasNext && (
        <Link href={pageHref(page + 1)} rel="next">
          {nextLabel}
        </Link>
      )}
    </nav>
  );
}
