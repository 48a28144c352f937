import { expect, type Page } from '@playwright/test';
import { MEETING } from '../fixtures';

export const POSITIONS = `${MEETING}/positions`;

/** The position statement pages (list, search, matrix, writing form, one statement), by roles and labels. */
export class PositionsPages {
  readonly list: string;

  constructor(
    readonly page: Page,
    meeting = MEETING,
  ) {
    this.list = `${meeting}/positions`;
  }

  readonly statementPath = (id: number) => `${this.list}/${id}`;
  readonly listLink = (title: string) => this.page.getByRole('main').getByRole('link', { name: title, exact: true });
  readonly results = () => this.page.getByRole('region', { name: 'Results' });
  readonly resultsCount = () => this.page.getByTestId('results-count');
  readonly listCount = () => this.page.getByTestId('list-count');
  readonly listPager = () => this.page.getByRole('navigation', { name: 'Pages of statements' });
  readonly matrix = () => this.page.getByRole('table', { name: 'Delegations by agenda item' });
  /** Links to one statement, wherever they are on the page (list, matrix, results). */
  readonly linksTo = (id: number) => this.page.getByRole('main').locator(`a[href="${this.statementPath(id)}"]`);
  readonly visibilityBadge = () => this.page.getByTestId('visibility');
  readonly statementText = (version: number) => this.page.getByRole('region', { name: `Version ${version}` });
  readonly comparison = () => this.page.getByRole('region', { name: /^Changes from version/ });

  /** The list, or with `delegation` (an ISO code) only that delegation's statements, whichever page they fall on. */
  async gotoList(filter: { delegation?: string } = {}) {
    await this.page.goto(filter.delegation ? `${this.list}?${new URLSearchParams(filter)}` : this.list);
  }

  /** Writes a new draft through the form (on the agenda item titled `item`) and returns its id once its page is shown. */
  async write({ item, title, body }: { item?: string; title: string; body: string }): Promise<number> {
    await this.page.goto(this.list);
    await this.page.getByRole('link', { name: 'Write a statement' }).click();
    // The list's search form has an "Agenda item" field too: wait for the writing form.
    await this.page.waitForURL(`${this.list}/new`);
    if (item) {
      // By title, not by number: other specs add agenda items, and numbers follow.
      const select = this.page.getByLabel('Agenda item');
      const value = await select.locator('option', { hasText: item }).getAttribute('value');
      await select.selectOption(value!);
    }
    await this.page.getByLabel('Title').fill(title);
    await this.page.getByLabel('Text', { exact: true }).fill(body);
    await this.page.getByRole('button', { name: 'Save draft' }).click();
    await this.page.waitForURL(/\/positions\/\d+$/);
    return Number(new URL(this.page.url()).pathname.split('/').pop());
  }

  /** Saves a new version of the statement open on the page with `body` as its text. */
  async revise(body: string) {
    const statementUrl = this.page.url();
    await this.page.getByRole('link', { name: /Write a new version|Supersede with a new version/ }).click();
    await this.page.getByLabel('Text', { exact: true }).fill(body);
    await this.page.getByRole('button', { name: /^Save version \d+$/ }).click();
    await this.page.waitForURL(statementUrl);
  }

  async search(words: string, filters: { delegation?: string; item?: string } = {}) {
    await this.page.goto(this.list);
    const form = this.page.getByRole('search', { name: 'Search statements' });
    await form.getByLabel('Words to find').fill(words);
    if (filters.delegation) await form.getByLabel('Delegation').selectOption({ label: filters.delegation });
    if (filters.item) await form.getByLabel('Agenda item').selectOption({ label: filters.item });
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(this.resultsCount()).toBeVisible();
  }
}
