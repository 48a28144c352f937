import type { Page } from '@playwright/test';
import { MEETING } from '../fixtures';

export const AUDIT = `${MEETING}/audit`;

/** The audit log page, by roles and labels. */
export class AuditPage {
  readonly log: string;

  constructor(
    readonly page: Page,
    meeting = MEETING,
  ) {
    this.log = `${meeting}/audit`;
  }

  readonly filters = () => this.page.getByRole('search', { name: 'Filter the log' });
  readonly actor = () => this.filters().getByLabel('Who');
  readonly count = () => this.page.getByTestId('audit-count');
  readonly rows = () => this.page.getByTestId('audit-entries').locator('tbody tr');
  readonly actorCells = () => this.page.getByTestId('audit-actor');
  readonly download = () => this.page.getByRole('link', { name: 'Download as CSV' });
  readonly pages = () => this.page.getByRole('navigation', { name: 'Pages of the audit log' });

  async goto(search = '') {
    return this.page.goto(this.log + search);
  }

  /** Filters through the form, as a person would; fields left undefined stay as they are. */
  async filter(values: { actor?: string; type?: string; record?: string; from?: string; to?: string }) {
    const form = this.filters();
    if (values.actor !== undefined) {
      // A list of people, or a field for an e-mail in a meeting of too many to list.
      const listed = await this.actor().evaluate((control) => control.tagName === 'SELECT');
      await (listed ? this.actor().selectOption(values.actor) : this.actor().fill(values.actor));
    }
    if (values.type !== undefined) await form.getByLabel('Record type').selectOption(values.type);
    if (values.record !== undefined) await form.getByLabel('Record number').fill(values.record);
    if (values.from !== undefined) await form.getByLabel('From (date)').fill(values.from);
    if (values.to !== undefined) await form.getByLabel('To (date)').fill(values.to);
    await form.getByRole('button', { name: 'Filter' }).click();
    await this.page.waitForURL(/\/audit\?/);
  }
}
