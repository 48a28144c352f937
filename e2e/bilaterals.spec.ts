import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createAccount, createMeeting, signedInPage } from './new-meeting';

// Issue 24: on a meeting of the test's own, Japan asks the Republic of Korea for a bilateral,
// Korea proposes another time, Japan accepts and the secretariat books a room; a second
// bilateral in the same room and time is refused with the clash named; Thailand's staff
// finds no trace of the first in any page, export or event stream.

const TOPIC = 'Fisheries enforcement north of the 38th parallel';

async function addDelegation(page: Page, meeting: string, state: string, protocolName?: string) {
  await page.goto(`${meeting}/delegations`);
  await page.getByLabel('State').selectOption({ label: state });
  if (protocolName) await page.getByRole('main').getByLabel('Protocol name').last().fill(protocolName);
  await page.getByRole('button', { name: 'Add the delegation' }).click();
  await expect(page.getByRole('rowheader', { name: protocolName ?? state })).toBeVisible();
}

/** Adds a room to the secretariat's room list on the bilaterals page, which is open. */
async function addRoom(page: Page, name: string, seats: string) {
  const rooms = page.getByRole('region', { name: 'Room list' });
  await rooms.getByRole('group', { name: 'New room' }).first().getByLabel('Name').fill(name);
  await rooms.getByRole('group', { name: 'New room' }).first().getByLabel('Seats').fill(seats);
  await rooms.getByRole('button', { name: 'Save rooms' }).click();
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
}

/** Fills the request form on the bilaterals page and sends it. */
async function requestBilateral(page: Page, meeting: string, request: { with: string[]; minutes: string; from: string; to: string; topic: string }) {
  await page.goto(`${meeting}/bilaterals`);
  const form = page.getByRole('region', { name: 'Ask for a bilateral' });
  for (const name of request.with) await form.getByRole('checkbox', { name }).check();
  await form.getByLabel('Length').selectOption(request.minutes);
  await form.getByLabel('Topic').fill(request.topic);
  await form.getByLabel('Time 1: from').fill(request.from);
  await form.getByLabel('Time 1: to').fill(request.to);
  await form.getByRole('button', { name: 'Send request' }).click();
  return form;
}

const card = (page: Page, title: RegExp) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

test('Japan and the Republic of Korea agree a bilateral, the secretariat books it, and Thailand never learns of it', async ({ page, signInAs, browser }) => {
  test.setTimeout(360_000);
  await signInAs('secretariat@vancouver.test');
  // Reykjavík, 10–11 March 2027, as createMeeting makes it.
  const meeting = await createMeeting(page);
  for (const [state, protocol] of [['Japan'], ['South Korea', 'Republic of Korea'], ['Thailand'], ['France']] as const) await addDelegation(page, meeting, state, protocol);

  // The secretariat lists two rooms; the buffer stays at its 15 minutes.
  await page.goto(`${meeting}/bilaterals`);
  await addRoom(page, 'Salon Esja', '12');
  await expect(page.getByRole('region', { name: 'Room list' }).getByText('Rooms saved.')).toBeVisible();
  await addRoom(page, 'Salon Hekla', '8');
  await expect(page.getByRole('region', { name: 'Rules' }).getByLabel('Buffer between meetings in a room (minutes)')).toHaveValue('15');

  const account = async (name: string, delegation: string) => signedInPage(browser, await createAccount(page, meeting, { name, role: 'staff', delegation }));
  const japan = await account('Haruka Mori', 'Japan');
  const korea = await account('Min-jun Park', 'Republic of Korea');
  const thailand = await account('Somchai Wongsakul', 'Thailand');
  const france = await account('Claire Dubois', 'France');

  // Thailand keeps its bilaterals page open and listens to the meeting's event stream throughout.
  await thailand.goto(`${meeting}/bilaterals`);
  await thailand.evaluate((url) => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new EventSource(url).addEventListener('change', (event) => heard.push((event as MessageEvent).data));
  }, `${meeting}/events`);

  // Bad input is refused at its field and costs no typing.
  let form = await requestBilateral(japan, meeting, { with: [], minutes: '45', from: '2027-03-10T12:00', to: '2027-03-10T14:00', topic: TOPIC });
  await expect(form.getByRole('group', { name: 'With' })).toHaveAccessibleDescription('Choose at least one other delegation of this meeting.');
  await expect(form.getByLabel('Topic')).toHaveValue(TOPIC);
  form = await requestBilateral(japan, meeting, { with: ['Republic of Korea'], minutes: '45', from: '2027-03-12T12:00', to: '2027-03-12T14:00', topic: TOPIC });
  await expect(form.getByLabel('Time 1: from')).toHaveAccessibleDescription('This time lies outside the meeting’s dates.');
  await expectAccessible(japan);

  // Japan asks Korea for 45 minutes over lunch on the first day.
  form = await requestBilateral(japan, meeting, { with: ['Republic of Korea'], minutes: '45', from: '2027-03-10T12:00', to: '2027-03-10T14:00', topic: TOPIC });
  await expect(form.getByText('Request sent to the delegations you chose.')).toBeVisible();
  const title = /^Japan – Republic of Korea$/;
  await expect(card(japan, title)).toContainText('Awaiting answers');

  // Korea sees the request and its topic, and proposes 15:00 instead.
  await korea.goto(`${meeting}/bilaterals`);
  const asked = card(korea, title);
  await expect(asked).toContainText(TOPIC);
  await asked.getByLabel('Or propose another start').fill('2027-03-10T15:00');
  await asked.getByRole('button', { name: 'Propose' }).click();
  await expect(asked.getByText('Your time was proposed to the other parties.')).toBeVisible();

  // Japan's open page hears of it and shows Korea's time; Japan accepts.
  const offered = card(japan, title);
  await expect(offered).toContainText('Time proposed by Republic of Korea');
  await expect(offered).toContainText(/15:00\s?–\s?15:45/);
  await offered.getByRole('button', { name: 'Accept this time' }).click();
  await expect(offered).toContainText('Agreed: waiting for a room');

  // Korea keeps its schedule open while the secretariat books the first slot offered.
  await korea.goto(`${meeting}/delegations/kr/schedule`);
  await expect(korea.getByText('Nothing is scheduled yet.')).toBeVisible();
  await page.goto(`${meeting}/bilaterals`);
  const agreed = card(page, title);
  await expect(agreed).toContainText(TOPIC);
  await expect(agreed.getByRole('button', { name: /^Salon Esja, .*15:00\s?–\s?15:45$/ })).toBeVisible();
  await expect(agreed.getByLabel('Room')).toHaveValue(/\d+/);
  await expect(agreed.getByLabel('Start')).toHaveValue('2027-03-10T15:00');
  await expectAccessible(page);
  await agreed.getByRole('button', { name: 'Book' }).click();
  await expect(card(page, title)).toContainText('Salon Esja');
  const booked = korea.getByTestId('schedule-bilateral');
  await expect(booked).toContainText('Bilateral: Japan – Republic of Korea');
  await expect(booked).toContainText('Salon Esja');
  await expect(booked).toContainText('15:00');
  await expectAccessible(korea);

  // Thailand heard nothing of it, and sees only that Salon Esja is busy.
  expect(await thailand.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  await thailand.reload();
  const main = thailand.getByRole('main');
  await expect(thailand.getByTestId('busy-Salon Esja')).toContainText(/15:00\s?–\s?15:45/);
  await expect(main).toContainText('No open requests.');
  await expect(main).toContainText('Nothing booked yet.');
  const traces = [TOPIC, 'Japan – ', 'Republic of Korea –'];
  const readAs = async (who: Page, path: string) => {
    const response = await who.request.get(path);
    return { status: response.status(), text: path.endsWith('/pdf') && response.ok() ? pdfText(await response.body()) : await response.text() };
  };
  for (const path of [`${meeting}/bilaterals`, meeting, `${meeting}/delegations/th/schedule`, `${meeting}/delegations/th/schedule/ics`, `${meeting}/delegations/th/schedule/pdf`, `${meeting}/agenda`]) {
    const { status, text } = await readAs(thailand, path);
    expect(status, path).toBe(200);
    for (const trace of traces) expect(text, `${path} holds "${trace}"`).not.toContain(trace);
  }
  for (const code of ['jp', 'kr']) {
    for (const path of [`${meeting}/delegations/${code}/schedule`, `${meeting}/delegations/${code}/schedule/pdf`, `${meeting}/delegations/${code}/schedule/ics`]) {
      expect((await readAs(thailand, path)).status, path).toBe(404);
    }
  }

  // Japan's exports carry the booking: the PDF in words, the calendar as an event that updates in place.
  const pdf = await readAs(japan, `${meeting}/delegations/jp/schedule/pdf`);
  expect(pdf.text).toContain('Japan – Republic of Korea');
  expect(pdf.text).toContain('Salon Esja');
  const ics = await readAs(japan, `${meeting}/delegations/jp/schedule/ics`);
  expect(ics.text).toMatch(/UID:bilateral-\d+@/);
  expect(ics.text).toMatch(/SEQUENCE:3\r\n/);
  expect(ics.text).toContain('LOCATION:Salon Esja');

  // France and Thailand agree a bilateral of their own; the same room and time is refused, naming the clash.
  await requestBilateral(france, meeting, { with: ['Thailand'], minutes: '30', from: '2027-03-10T15:00', to: '2027-03-10T16:30', topic: 'Mekong river commission' });
  await thailand.goto(`${meeting}/bilaterals`);
  await card(thailand, /^France – Thailand$/).getByRole('button', { name: 'Accept this time' }).click();
  await expect(card(thailand, /^France – Thailand$/)).toContainText('Agreed: waiting for a room');
  await page.goto(`${meeting}/bilaterals`);
  const second = card(page, /^France – Thailand$/);
  await expect(second.getByRole('button', { name: /^Salon Hekla, .*15:00\s?–\s?15:30$/ })).toBeVisible();
  await second.getByLabel('Room').selectOption({ label: 'Salon Esja (12 seats)' });
  await second.getByLabel('Start').fill('2027-03-10T15:15');
  await second.getByRole('button', { name: 'Book' }).click();
  await expect(second.getByLabel('Start')).toHaveAccessibleDescription(/^Salon Esja is taken 15:00\s?–\s?15:45 by Japan and Republic of Korea, with the buffer between meetings\.$/);
  await expect(second).toContainText('Agreed: waiting for a room');
  await second.getByLabel('Room').selectOption({ label: 'Salon Hekla (8 seats)' });
  await second.getByRole('button', { name: 'Book' }).click();
  await expect(card(page, /^France – Thailand$/)).toContainText('Salon Hekla');
});

test('a party calls off a booked bilateral, which frees its room, and a requester withdraws its request', async ({ page, signInAs, browser }) => {
  test.setTimeout(180_000);
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  for (const [state, protocol] of [['Japan'], ['South Korea', 'Republic of Korea']] as const) await addDelegation(page, meeting, state, protocol);
  await page.goto(`${meeting}/bilaterals`);
  await addRoom(page, 'Salon Esja', '12');
  const japan = await signedInPage(browser, await createAccount(page, meeting, { name: 'Haruka Mori', role: 'staff', delegation: 'Japan' }));
  const korea = await signedInPage(browser, await createAccount(page, meeting, { name: 'Min-jun Park', role: 'staff', delegation: 'Republic of Korea' }));
  const title = /^Japan – Republic of Korea$/;

  await requestBilateral(japan, meeting, { with: ['Republic of Korea'], minutes: '30', from: '2027-03-10T12:00', to: '2027-03-10T14:00', topic: TOPIC });
  await korea.goto(`${meeting}/bilaterals`);
  await card(korea, title).getByRole('button', { name: 'Accept this time' }).click();
  await expect(card(korea, title)).toContainText('Agreed: waiting for a room');
  await page.goto(`${meeting}/bilaterals`);
  await card(page, title).getByRole('button', { name: 'Book' }).click();
  await expect(card(page, title)).toContainText('Salon Esja');

  // Korea's minister cannot make it: Korea calls the bilateral off, after a question.
  await korea.reload();
  const booked = card(korea, title);
  await expect(booked.getByRole('button', { name: 'Accept this time' })).toHaveCount(0);
  await booked.getByRole('button', { name: 'Call off this bilateral' }).click();
  const question = korea.getByRole('dialog');
  await expect(question).toContainText('Call off the bilateral Japan – Republic of Korea?');
  await expectAccessible(korea);
  await question.getByRole('button', { name: 'Call it off' }).click();
  // The card moves to the requests, declined, and its heading takes the focus.
  await expect(card(korea, title).getByTestId('bilateral-status')).toHaveText('Declined');
  await expect(korea.getByRole('heading', { level: 3, name: title })).toBeFocused();

  // Japan sees it declined, the room free and its schedule empty.
  await japan.goto(`${meeting}/bilaterals`);
  await expect(card(japan, title).getByTestId('bilateral-status')).toHaveText('Declined');
  await expect(card(japan, title).getByText('Republic of Korea: declined')).toBeVisible();
  await expect(japan.getByTestId('busy-Salon Esja')).toHaveText('Free');
  await japan.goto(`${meeting}/delegations/jp/schedule`);
  await expect(japan.getByText('Nothing is scheduled yet.')).toBeVisible();

  // Japan asks again, then thinks better of it: the requester withdraws rather than declines.
  const form = await requestBilateral(japan, meeting, { with: ['Republic of Korea'], minutes: '30', from: '2027-03-11T12:00', to: '2027-03-11T14:00', topic: 'A second thought' });
  await expect(form.getByText('Request sent to the delegations you chose.')).toBeVisible();
  const again = japan.getByRole('listitem').filter({ hasText: 'A second thought' });
  await expect(again.getByRole('button', { name: 'Decline' })).toHaveCount(0);
  await again.getByRole('button', { name: 'Withdraw the request' }).click();
  await expect(again.getByTestId('bilateral-status')).toHaveText('Declined');
  await expect(again.getByRole('button', { name: 'Withdraw the request' })).toHaveCount(0);
  await korea.goto(`${meeting}/bilaterals`);
  await expect(korea.getByRole('listitem').filter({ hasText: 'A second thought' }).getByTestId('bilateral-status')).toHaveText('Declined');
});

/** The text of a PDF, as poppler reads it. */
function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString();
}
