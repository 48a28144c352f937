import { describe, expect, it } from 'vitest';
import { firstRowOf, pageWithin, requestedPage } from './list-page';

describe('pages of a long list', () => {
  it('reads ?page= as a plain positive number, else 1', () => {
    expect(requestedPage('3')).toBe(3);
    for (const bad of [undefined, '', '0', '-2', '2.5', '1e3', ' 2', '9999999', ['2', '3']]) expect(requestedPage(bad)).toBe(1);
  });

  it('keeps the page between the first and the last, one page for an empty list', () => {
    expect(pageWithin(250, 100, 7)).toBe(3);
    expect(pageWithin(250, 100, 0)).toBe(1);
    expect(pageWithin(0, 100, 4)).toBe(1);
    expect(pageWithin(200, 100, 2)).toBe(2);
  });

  it('numbers a page’s first row in the whole list', () => {
    expect(firstRowOf({ page: 1, pageSize: 50 })).toBe(1);
    expect(firstRowOf({ page: 3, pageSize: 50 })).toBe(101);
  });
});
