import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { MeetingFormPage, type MeetingDetails } from './pages/meeting-form-page';

/**
 * A meeting of the test's own, created through "Create a meeting" by the signed-in
 * secretariat account (which then serves it): tests of new capabilities work on it, never
 * on the demo's data. The address is unique per call, so parallel tests never meet.
 * Returns the meeting's path, `/meetings/<slug>`.
 */
export async function createMeeting(page: Page, details: Partial<MeetingDetails> = {}): Promise<string> {
  const suffix = randomBytes(3).toString('hex');
  const meeting: MeetingDetails = {
    title: `Reykjavík Ministerial Meeting on Arctic Cooperation ${suffix}`,
    shortTitle: `Reykjavík ${suffix}`,
    venue: 'Harpa Concert Hall',
    city: 'Reykjavík',
    startsAt: '2027-03-10T09:00',
    endsAt: '2027-03-11T17:00',
    hostStates: ['is'],
    coChairs: ['is', 'no'],
    languages: 'English and French',
    ...details,
  };
  await page.goto('/meetings/new');
  const form = new MeetingFormPage(page);
  await form.fill(meeting);
  const slug = await form.slug().inputValue();
  await page.getByRole('button', { name: 'Create the meeting' }).click();
  await page.waitForURL(`/meetings/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
  return `/meetings/${slug}`;
}
