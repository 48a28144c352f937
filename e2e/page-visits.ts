import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { readDatabase } from './database';
import { expect, MEETING, test } from './fixtures';
import { AccountsPage } from './pages/accounts-page';
import { LoginPage } from './pages/login-page';

// Every page each role may open, with the states that add interface: every disclosure
// opened (amendment and comment forms, pen tools, menus), and forms showing their
// validation errors. The accessibility and small-screen specs visit them all; the list is
// checked against the page files, so a new page that nobody visits fails the suite.

/** A page to check: its route as the `app/` folder names it, the address, what to do there first. */
export type Visit = { route: string; path: string; prepare?: (page: Page) => Promise<void> };

/** The routes of every `page.tsx` under app/, e.g. `/meetings/[slug]/agenda`. */
function pageRoutes(folder = 'app', route = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'page.tsx' ? [route || '/'] : [];
    return entry.isDirectory() ? pageRoutes(path.join(folder, entry.name), `${route}/${entry.name}`) : [];
  });
}

const matchesRoute = (route: string, address: string) =>
  new RegExp(`^${route.replace(/\[[^\]]+\]/g, '[^/?]+')}(\\?.*)?$`).test(address);

const firstId = (sql: string, ...params: unknown[]) =>
  readDatabase((db) => (db.prepare(sql).get(...params) as { id: number } | undefined)?.id);

const memberOf = (code: string) =>
  firstId(`select r.id from roster_members r join delegations d on d.id = r.delegation_id where d.country_code = ? order by r.id`, code);
/** The delegation's first statement that is `circulated`, or kept to the delegation (its staff may still edit it). */
const positionOf = (code: string, visibility: 'circulated' | 'delegation') =>
  firstId(
    `select p.id from position_statements p join delegations d on d.id = p.delegation_id
     where d.country_code = ? and p.visibility = ? order by p.id`,
    code,
    visibility,
  );
const circulatedPosition = () => firstId(`select id from position_statements where visibility = 'circulated' order by id`);

/**
 * Opens every <details> on the page, nested ones too, so that axe also sees what they hold,
 * and waits until each has it: a Disclosure (components/ui/disclosure.tsx) renders its
 * content on opening.
 */
async function openDisclosures(page: Page) {
  const details = page.locator('main details');
  const filled = details.filter({ has: page.locator(':scope > summary + *') });
  // Opened content may hold disclosures of its own (the pen's tools hold "Add a paragraph").
  await expect(async () => {
    await details.evaluateAll((all) =>
      all.forEach((d) => {
        const element = d as HTMLDetailsElement;
        // A toggle before React has hydrated the element goes unheard, and setting `open`
        // again on an open one sends none: closing it first makes the next toggle count.
        if (element.open && !element.querySelector(':scope > summary + *')) element.open = false;
        element.open = true;
      }),
    );
    expect(await filled.count()).toBe(await details.count());
  }).toPass();
}

/** Submits the main form with a blank (spaces only) required field, and waits for its error. */
function submitBlank(field: string, button: string) {
  return async (page: Page) => {
    const main = page.getByRole('main');
    await main.getByLabel(field, { exact: true }).fill('   ');
    await main.getByRole('button', { name: button, exact: true }).click();
    await expect(main.locator('[aria-invalid="true"]').first()).toBeVisible();
  };
}

const documentVisits = (): Visit[] => [
  { route: '/meetings/[slug]/documents', path: `${MEETING}/documents` },
  {
    route: '/meetings/[slug]/documents/[id]',
    path: `${MEETING}/documents/1`,
    prepare: async (page) => {
      // Its amendments may all be decided by the time a later spec visits: wait for the text.
      await expect(page.getByTestId('paragraph').first()).toBeVisible();
      await openDisclosures(page);
    },
  },
  // The text filtered, and previewed (read-only) with every open amendment accepted.
  { route: '/meetings/[slug]/documents/[id]', path: `${MEETING}/documents/1?show=bracketed` },
  {
    route: '/meetings/[slug]/documents/[id]',
    path: `${MEETING}/documents/1?preview=accepted`,
    prepare: async (page) => {
      await expect(page.getByTestId('preview-paragraph').first()).toBeVisible();
    },
  },
  { route: '/meetings/[slug]/documents/[id]/history', path: `${MEETING}/documents/1/history` },
];

/** Types a code at the check-in desk and waits for its answer. */
const typeCode = (code: string) => async (page: Page) => {
  await page.getByRole('main').getByLabel('Badge code').fill(code);
  await page.getByRole('main').getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByRole('main').locator('[data-outcome]')).toBeVisible();
};

/** What a delegation's head or staff may open, on their own delegation (Korea: it has a draft statement). */
function delegationVisits(): Visit[] {
  const roster = `${MEETING}/delegations/kr`;
  return [
    { route: '/', path: '/' }, // one meeting: it forwards to the overview
    { route: '/meetings/[slug]', path: MEETING },
    { route: '/meetings/[slug]/delegations', path: `${MEETING}/delegations` },
    { route: '/meetings/[slug]/delegations/[code]', path: roster, prepare: openDisclosures },
    { route: '/meetings/[slug]/delegations/[code]/members/new', path: `${roster}/members/new`, prepare: submitBlank('Name', 'Add the member') },
    { route: '/meetings/[slug]/delegations/[code]/members/[id]', path: `${roster}/members/${memberOf('kr')}` },
    { route: '/meetings/[slug]/delegations/[code]/import', path: `${roster}/import` },
    { route: '/meetings/[slug]/delegations/seating', path: `${MEETING}/delegations/seating` },
    { route: '/meetings/[slug]/agenda', path: `${MEETING}/agenda`, prepare: openDisclosures },
    { route: '/meetings/[slug]/positions', path: `${MEETING}/positions` },
    { route: '/meetings/[slug]/positions/[id]', path: `${MEETING}/positions/${positionOf('kr', 'circulated')}`, prepare: openDisclosures },
    { route: '/meetings/[slug]/positions/new', path: `${MEETING}/positions/new`, prepare: submitBlank('Title', 'Save draft') },
    { route: '/meetings/[slug]/positions/[id]/edit', path: `${MEETING}/positions/${positionOf('kr', 'delegation')}/edit` },
    ...documentVisits(),
    // Korea's bilateral with Japan is booked in the demo: the board and the schedule show it.
    { route: '/meetings/[slug]/bilaterals', path: `${MEETING}/bilaterals`, prepare: submitBlank('Topic', 'Send request') },
    { route: '/meetings/[slug]/delegations/[code]/schedule', path: `${roster}/schedule` },
    { route: '/account', path: '/account', prepare: openDisclosures },
  ];
}

function secretariatVisits(): Visit[] {
  return [
    { route: '/meetings/[slug]', path: MEETING },
    { route: '/meetings/[slug]/delegations', path: `${MEETING}/delegations`, prepare: openDisclosures },
    { route: '/meetings/[slug]/delegations/[code]', path: `${MEETING}/delegations/jp`, prepare: openDisclosures },
    { route: '/meetings/[slug]/delegations/[code]/members/new', path: `${MEETING}/delegations/jp/members/new` },
    { route: '/meetings/[slug]/delegations/[code]/members/[id]', path: `${MEETING}/delegations/jp/members/${memberOf('jp')}`, prepare: submitBlank('Name', 'Save') },
    { route: '/meetings/[slug]/delegations/[code]/import', path: `${MEETING}/delegations/jp/import` },
    { route: '/meetings/[slug]/delegations/seating', path: `${MEETING}/delegations/seating`, prepare: openDisclosures },
    { route: '/meetings/[slug]/agenda', path: `${MEETING}/agenda`, prepare: openDisclosures },
    { route: '/meetings/[slug]/positions', path: `${MEETING}/positions` },
    { route: '/meetings/[slug]/positions/[id]', path: `${MEETING}/positions/${circulatedPosition()}` },
    ...documentVisits(),
    { route: '/meetings/[slug]/accounts', path: `${MEETING}/accounts`, prepare: openDisclosures },
    { route: '/meetings/[slug]/audit', path: `${MEETING}/audit` },
    { route: '/meetings/[slug]/accreditation', path: `${MEETING}/accreditation` },
    { route: '/meetings/[slug]/bilaterals', path: `${MEETING}/bilaterals`, prepare: submitBlank('Buffer between meetings in a room (minutes)', 'Save rules') },
    { route: '/meetings/[slug]/delegations/[code]/schedule', path: `${MEETING}/delegations/jp/schedule` },
    // A typed code that is no badge: the desk shows its red answer.
    { route: '/meetings/[slug]/check-in', path: `${MEETING}/check-in`, prepare: typeCode('VGB-not-a-badge') },
    { route: '/meetings/[slug]/audit', path: `${MEETING}/audit?from=not-a-date` },
    { route: '/meetings/[slug]/settings', path: `${MEETING}/settings` },
    { route: '/meetings/[slug]/documents/new', path: `${MEETING}/documents/new` },
    {
      route: '/meetings/[slug]/copy',
      path: `${MEETING}/copy`,
      // Every other field filled, so that the browser lets the form go and the server refuses the title.
      prepare: async (page) => {
        await page.getByRole('main').getByLabel('Short title').fill('Vancouver 2019');
        await page.getByRole('main').getByLabel('Document symbol code').fill('VG/2019');
        await page.getByRole('main').getByLabel('Starts').fill('2019-01-14T18:00');
        await page.getByRole('main').getByLabel('Ends').fill('2019-01-15T18:00');
        await submitBlank('Title', 'Create the copy')(page);
      },
    },
    { route: '/meetings/new', path: '/meetings/new' },
    { route: '/account', path: '/account' },
  ];
}

/** The signed-in accounts whose pages are visited: the secretariat, a head and a staff member. */
export const VISITING_ACCOUNTS = ['secretariat@vancouver.test', 'kr.head@vancouver.test', 'kr.staff@vancouver.test'];

/** Every page `account` (one of VISITING_ACCOUNTS) may open. */
export function visitsFor(account: string): Visit[] {
  if (account === 'secretariat@vancouver.test') return secretariatVisits();
  const visits = delegationVisits();
  // Heads read their delegation's audit entries; staff may not open the log.
  if (account.startsWith('kr.head')) visits.push({ route: '/meetings/[slug]/audit', path: `${MEETING}/audit` });
  return visits;
}

/**
 * Opens each page in turn, as `check`s it in its prepared state: a test step per address,
 * each checked to be an address of its route and to answer 200.
 */
export async function visitEach(page: Page, visits: Visit[], check: (page: Page) => Promise<void>) {
  for (const visit of visits) {
    await test.step(visit.path, async () => {
      expect(matchesRoute(visit.route, visit.path), `${visit.path} is an address of ${visit.route}`).toBe(true);
      const response = await page.goto(visit.path);
      expect(response?.status(), visit.path).toBe(200);
      await visit.prepare?.(page);
      await check(page);
    });
  }
}

/** The first-run page exists only until an account does: own-meeting.spec.ts opens it on an empty install. */
const VISITED_ELSEWHERE = new Set(['/setup']);

/** The routes of page files that no list here visits: none, or a spec's check misses a page. */
export function unvisitedRoutes(): string[] {
  const listed = new Set([...delegationVisits(), ...secretariatVisits(), ...signedOutVisits('/invitations/x')].map((v) => v.route));
  return pageRoutes().filter((route) => !listed.has(route) && !VISITED_ELSEWHERE.has(route));
}

/** A fresh invitation link, issued by the secretariat in a browser of its own. */
export async function issueInvitation(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).goto(`${MEETING}/accounts`);
  await new LoginPage(page).signIn('secretariat@vancouver.test');
  await page.waitForURL(`**${MEETING}/accounts`);
  const accounts = new AccountsPage(page);
  await accounts.create({ name: 'Ingrid Solberg', email: `ingrid.solberg.${Date.now()}@mfa.no.example`, role: 'staff', delegation: 'Norway' });
  const link = await accounts.invitationLink().inputValue();
  await context.close();
  return new URL(link).pathname;
}

export function signedOutVisits(invitation: string): Visit[] {
  return [
    { route: '/login', path: '/login' },
    {
      route: '/login',
      path: '/login',
      prepare: async (page) => {
        await new LoginPage(page).submit().click();
        await expect(page.locator('#email-error')).not.toBeEmpty();
      },
    },
    // Without a relay (this suite's server) the page says so; e2e/mail.spec.ts checks its form.
    { route: '/forgot-password', path: '/forgot-password' },
    { route: '/invitations/[token]', path: '/invitations/not-a-token-we-issued' },
    {
      route: '/invitations/[token]',
      path: invitation,
      prepare: async (page) => {
        await AccountsPage.chooseNewPassword(page, 'password1234', 'Set the password');
        await expect(page.locator('#password-error')).not.toBeEmpty();
      },
    },
  ];
}

