import type { Page } from '@playwright/test';

export const DEMO_PASSWORD = 'vancouver-2018';

/** The sign-in page, by its labels and roles. */
export class LoginPage {
  constructor(readonly page: Page) {}

  readonly email = () => this.page.getByLabel('Email');
  readonly password = () => this.page.getByLabel('Password');
  readonly submit = () => this.page.getByRole('button', { name: 'Sign in' });
  /** The form's own message region (Next's route announcer is also an alert). */
  readonly formError = () => this.page.getByTestId('sign-in-error');

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/login');
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.submit().click();
  }
}
