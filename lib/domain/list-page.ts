/** One page of a long list, as the positions list, the accounts list and the accreditation queue return it. */
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

/** The page an address's `?page=` asks for: 1 unless it is a plain positive number. */
export const requestedPage = (value: string | string[] | undefined): number => (typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1);

/** The position in the whole list, from 1, of a page's first row. */
export const firstRowOf = ({ page, pageSize }: { page: number; pageSize: number }): number => (page - 1) * pageSize + 1;
