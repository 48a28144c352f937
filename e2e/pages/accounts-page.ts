import type { Page } from '@playwright/test';
import { MEETING } from '../fixtures';

/** The secretariat's accounts page (of the demo or another meeting) and the invitee's set-password page. */
export class AccountsPage {
  constructor(
    readonly page: Page,
    readonly meeting = MEETING,
  ) {}

  async goto() {
    return this.page.goto(`${this.meeting}/accounts`);
  }

  readonly row = (email: string) => this.page.getByRole('row').filter({ has: this.page.getByRole('cell', { name: email, exact: true }) });
  readonly invitationLink = () => this.page.getByLabel('Invitation link');

  async create(account: { name: string; email: string; role: string; delegation?: string; password?: string }) {
    // Scoped to the form's region, so that nothing is typed into the previous page's own
    // Name field (a delegation's roster) while a link to this page is still loading.
    const form = this.page.getByRole('region', { name: 'Create an account' });
    await form.getByLabel('Name', { exact: true }).fill(account.name);
    await form.getByLabel('E-mail').fill(account.email);
    await form.getByLabel('Role').selectOption({ label: account.role });
    if (account.delegation) await form.getByLabel('Delegation').selectOption({ label: account.delegation });
    await form.getByLabel('Password').fill(account.password ?? '');
    await form.getByRole('button', { name: 'Create the account' }).click();
  }

  /** Fills the new password twice and submits: on the invitation page and the account page alike. */
  static async chooseNewPassword(page: Page, password: string, submit: string) {
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('Repeat the new password').fill(password);
    await page.getByRole('button', { name: submit }).click();
  }
}
