/** One page of a long list, as the accounts and positions lists return it. */
export type ListPage<T> = {
  items: T[];
  /** Every row the list keeps, not only the page's. */
  total: number;
  /** The page shown, from 1: the last page when the one asked for lies beyond it. */
  page: number;
  pageSize: number;
};

/** The page to show of `total` rows, `pageSize` to a page, when `requested` was asked for: within 1 and the last page. */
export function pageWithin(total: number, pageSize: number, requested = 1): number {
  return Math.min(Math.max(1, requested), Math.max(1, Math.ceil(total / pageSize)));
}
