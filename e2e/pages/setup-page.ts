import type { Page } from '@playwright/test';

/** The first-run page, by its labels and roles. */
export class SetupPage {
  constructor(readonly page: Page) {}

  readonly setupCode = () => this.page.getByLabel('Setup code');
  readonly submit = () => this.page.getByRole('button', { name: 'Create the account' });

  async goto() {
    await this.page.goto('/setup');
  }

  async createFirstAccount(account: { code: string; name: string; email: string; password: string }) {
    await this.setupCode().fill(account.code);
    await this.page.getByLabel('Your name').fill(account.name);
    await this.page.getByLabel('Email').fill(account.email);
    await this.page.getByLabel('New password', { exact: true }).fill(account.password);
    await this.page.getByLabel('Repeat the new password').fill(account.password);
    await this.submit().click();
  }
}
