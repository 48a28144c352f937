import type { Page } from '@playwright/test';

export type MeetingDetails = {
  title: string;
  shortTitle: string;
  venue: string;
  city: string;
  /** On the meeting's clock, as a datetime-local field takes it: 2026-06-08T09:00. */
  startsAt: string;
  endsAt: string;
  hostStates: string[];
  coChairs: string[];
  languages: 'English' | 'French' | 'English and French';
};

/** "Create a meeting" and the meeting's settings: one form, by its labels. */
export class MeetingFormPage {
  constructor(readonly page: Page) {}

  readonly slug = () => this.page.getByLabel('Address', { exact: true });
  readonly timeZone = () => this.page.getByLabel('Time zone');
  readonly fieldError = (name: string) => this.page.locator(`#${name}-error`);

  async fill(details: MeetingDetails) {
    await this.page.getByLabel('Title', { exact: true }).fill(details.title);
    await this.page.getByLabel('Short title').fill(details.shortTitle);
    await this.page.getByLabel('Venue').fill(details.venue);
    await this.page.getByLabel('City').fill(details.city);
    await this.page.getByLabel('Starts').fill(details.startsAt);
    await this.page.getByLabel('Ends').fill(details.endsAt);
    await this.page.getByLabel('Host states').selectOption(details.hostStates);
    await this.page.getByLabel('Co-chairs').selectOption(details.coChairs);
    await this.page.getByRole('radio', { name: details.languages, exact: true }).check();
  }
}
