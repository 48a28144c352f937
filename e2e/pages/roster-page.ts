import type { Page } from '@playwright/test';
import { MEETING } from '../fixtures';

/** One delegation's roster page and its member forms, by their labels and roles. */
export class RosterPage {
  constructor(readonly page: Page) {}

  async goto(code: string) {
    return this.page.goto(`${MEETING}/delegations/${code}`);
  }

  readonly memberRow = (name: string) => this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  readonly addMemberLink = () => this.page.getByRole('link', { name: 'Add a member' });
  readonly importLink = () => this.page.getByRole('link', { name: 'Import from CSV' });
  readonly editLink = (name: string) => this.page.getByRole('link', { name: `Edit ${name}` });
  readonly emailColumn = () => this.page.getByRole('columnheader', { name: 'E-mail' });
  /** The form's own outcome message (Next's route announcer is another live region). */
  readonly formMessage = () => this.page.getByTestId('form-message');

  async fillMember(member: { name?: string; title?: string; function?: string; email?: string; arrival?: string }) {
    if (member.name !== undefined) await this.page.getByLabel('Name').fill(member.name);
    if (member.title !== undefined) await this.page.getByLabel('Title').fill(member.title);
    if (member.function !== undefined) await this.page.getByLabel('Function').selectOption({ label: member.function });
    if (member.email !== undefined) await this.page.getByLabel('E-mail').fill(member.email);
    if (member.arrival !== undefined) await this.page.getByLabel('Arrival').fill(member.arrival);
  }
}
