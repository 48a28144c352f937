import { request as apiRequest } from '@playwright/test';
import { expect, expectAccessible, MEETING, signOut, test } from './fixtures';
import { readDatabase } from './database';
import { actionForm, serverActions } from './forged-actions';
import { POSITIONS, PositionsPages } from './pages/positions-pages';
import { createAccount, createMeeting, signedInPage } from './new-meeting';
import { seedStatementsDirectly } from './seed-lists';
import { signInRequest } from './server-actions';

const DIPLOMACY = 'Session 3: Diplomacy toward denuclearization — pathways to peace';

/** A word no other statement holds, so parallel tests never see each other's statements. */
const uniqueWord = () => `kw${Math.random().toString(36).slice(2, 10)}`;

test.describe('position statements', () => {
  test('Korea’s staff drafts, Korea’s head circulates, Japan reads it and finds it by search', async ({ page, signInAs }) => {
    const positions = new PositionsPages(page);
    const word = uniqueWord();
    const title = `Dialogue and pressure together ${word}`;

    await signInAs('kr.staff@vancouver.test');
    const id = await positions.write({ item: DIPLOMACY, title, body: `Pressure and engagement must work *together*: ${word}.` });
    await expect(positions.visibilityBadge()).toHaveText('Delegation only');
    await expect(page.getByRole('button', { name: 'Share version 1 with the secretariat' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Circulate/ })).toHaveCount(0);
    await expect(page.getByText('Only the head of delegation can circulate it.')).toBeVisible();
    await expectAccessible(page);
    await signOut(page);

    await signInAs('kr.head@vancouver.test');
    await page.goto(positions.statementPath(id));
    await page.getByRole('button', { name: 'Circulate version 1 to all delegations' }).click();
    const question = page.getByRole('dialog');
    await expect(question.getByRole('heading')).toHaveText(`Circulate version 1 of “${title}” to every delegation?`);
    await question.getByRole('button', { name: 'Circulate to all' }).click();
    await expect(positions.visibilityBadge()).toHaveText('Circulated to all');
    await expect(page.getByTestId('circulated-by')).toHaveText(/^Circulated by Kang Kyung-wha, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);
    await expectAccessible(page);
    await signOut(page);

    await signInAs('jp.staff@vancouver.test');
    await positions.gotoList({ delegation: 'kr' });
    await expect(page.getByRole('region', { name: /^Session 3: Diplomacy/ }).getByRole('link', { name: title })).toBeVisible();
    await positions.search(word);
    await expect(positions.resultsCount()).toContainText(`1 statement matches “${word}”.`);
    const hit = positions.results().getByRole('listitem');
    await expect(hit.locator('mark').first()).toHaveText(word);
    await expect(hit).toContainText('Republic of Korea');
    await expectAccessible(page);
    await hit.getByRole('link', { name: title }).click();
    await expect(positions.statementText(1)).toContainText(`Pressure and engagement must work together: ${word}.`);
    await expect(positions.statementText(1).getByRole('emphasis')).toHaveText('together');
    await expectAccessible(page);
  });

  test('a Korean draft is absent for Japan and the secretariat: list, matrix, search, address', async ({ page, signInAs }) => {
    const positions = new PositionsPages(page);
    const word = uniqueWord();
    const title = `Fallback language ${word}`;

    await signInAs('kr.staff@vancouver.test');
    const id = await positions.write({ item: DIPLOMACY, title, body: `Not for circulation: ${word}.` });
    await signOut(page);

    await signInAs('jp.head@vancouver.test');
    await positions.gotoList({ delegation: 'kr' });
    await expect(positions.listCount()).toBeVisible();
    await expect(positions.linksTo(id)).toHaveCount(0);
    await positions.search(word);
    await expect(positions.resultsCount()).toContainText('No statement you may read matches');
    expect((await page.goto(positions.statementPath(id)))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await signOut(page);

    await signInAs('secretariat@vancouver.test');
    await positions.gotoList();
    await expect(positions.matrix()).toBeVisible();
    await expect(positions.linksTo(id)).toHaveCount(0);
    // A cell of one statement links to it.
    await expect(positions.matrix().getByRole('row', { name: /^Japan/ }).getByRole('link', { name: 'Circulated' }).first()).toHaveAttribute('href', /\/positions\/\d+$/);
    await expectAccessible(page);
    await positions.gotoList({ delegation: 'kr' });
    await expect(positions.listCount()).toBeVisible();
    await expect(positions.linksTo(id)).toHaveCount(0);
    await positions.search(word);
    await expect(positions.resultsCount()).toContainText('No statement you may read matches');
    expect((await page.goto(positions.statementPath(id)))?.status()).toBe(404);
    expect((await page.goto(`${positions.statementPath(id)}/edit`))?.status()).toBe(404);
    await signOut(page);

    // Once Korea shares it, the same checks find it: they were looking in the right places.
    await signInAs('kr.staff@vancouver.test');
    await page.goto(positions.statementPath(id));
    await page.getByRole('button', { name: 'Share version 1 with the secretariat' }).click();
    await expect(positions.visibilityBadge()).toHaveText('Shared with the secretariat');
    await signOut(page);
    await signInAs('secretariat@vancouver.test');
    await positions.gotoList();
    // Korea's statements on the item share its cell, which links to the list of them.
    await positions.matrix().getByRole('row', { name: /Republic of Korea/ }).getByRole('link', { name: / statements, 1 shared$/ }).click();
    await expect(positions.listCount()).toBeVisible();
    await expect(positions.linksTo(id)).not.toHaveCount(0);
    await positions.gotoList();
    await positions.search(word);
    await expect(positions.results().getByRole('link', { name: title })).toBeVisible();
    await positions.gotoList({ delegation: 'kr' });
    await expect(positions.linksTo(id)).not.toHaveCount(0);
  });

  test('script and HTML typed into a statement are shown as text', async ({ page, signInAs }) => {
    const positions = new PositionsPages(page);
    const word = uniqueWord();
    await signInAs('kr.staff@vancouver.test');
    await positions.write({
      title: `<b>Bold</b> claim ${word}`,
      body: `Before <script>window.__injected = 1</script> after.\n\n<img src="x" onerror="window.__injected = 2">\n\n- a *list* item`,
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`<b>Bold</b> claim ${word}`);
    const text = positions.statementText(1);
    await expect(text).toContainText('Before <script>window.__injected = 1</script> after.');
    await expect(text).toContainText('<img src="x" onerror="window.__injected = 2">');
    await expect(text.locator('script, img, b')).toHaveCount(0);
    await expect(text.getByRole('listitem')).toHaveText('a list item');
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    await expectAccessible(page);
  });

  test('versions are kept and any two are compared word by word', async ({ page, signInAs }) => {
    const positions = new PositionsPages(page);
    const word = uniqueWord();
    await signInAs('kr.head@vancouver.test');
    await positions.write({ title: `Pressure line ${word}`, body: 'Pressure must be maintained until talks begin.' });
    await positions.revise('Pressure must be increased until talks begin.');
    await expect(positions.statementText(2)).toHaveText('Pressure must be increased until talks begin.');
    await expect(page.getByRole('listitem').filter({ hasText: 'Version 2 (current)' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\?from=1&to=2$/);
    const comparison = positions.comparison();
    await expect(comparison.getByRole('deletion')).toContainText('maintained');
    await expect(comparison.getByRole('insertion')).toContainText('increased');
    await expect(comparison.getByTestId('comparison-summary')).toContainText('1 word added, 1 removed.');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Read version 1' }).click();
    await expect(page.getByText('You are reading version 1. The current version is 2.')).toBeVisible();
    await expect(positions.statementText(1)).toHaveText('Pressure must be maintained until talks begin.');
  });

  test('search results come twenty to a page, and the pages between them hold every match once', async ({ page, signInAs, baseURL }) => {
    test.slow();
    const word = uniqueWord();
    // Thailand's drafts, which no other test reads: 21 matches, written through the action the form posts.
    const writer = await apiRequest.newContext({ baseURL });
    await signInRequest(writer, 'th.staff@vancouver.test');
    const create = serverActions().get('app/meetings/[slug]/positions/actions.ts#createPositionStatement')!;
    for (let i = 1; i <= 21; i++) {
      const response = await writer.post(`${POSITIONS}/new`, {
        headers: { 'next-action': create.id, accept: 'text/x-component' },
        multipart: actionForm({ slug: MEETING.split('/').pop()!, agendaItemId: '', title: `Paging note ${i} ${word}`, body: `Note ${i} on ${word}.` }),
      });
      expect(response.status(), `statement ${i}`).toBeLessThan(400);
    }
    await writer.dispose();

    const positions = new PositionsPages(page);
    await signInAs('th.staff@vancouver.test');
    await positions.search(word);
    await expect(positions.resultsCount()).toContainText(`21 statements match “${word}”. Showing 1–20.`);
    const titles = () => positions.results().getByRole('listitem').getByRole('heading').allTextContents();
    const firstPage = await titles();
    expect(firstPage).toHaveLength(20);
    const pages = page.getByRole('navigation', { name: 'Pages of results' });
    await expect(pages.getByRole('link', { name: 'Previous 20 results' })).toHaveCount(0);
    await expectAccessible(page);

    await pages.getByRole('link', { name: 'Next results' }).click();
    await expect(positions.resultsCount()).toContainText('Showing 21–21.');
    const secondPage = await titles();
    expect(new Set([...firstPage, ...secondPage])).toEqual(new Set(Array.from({ length: 21 }, (_, i) => `Paging note ${i + 1} ${word}`)));
    await expect(pages.getByRole('link', { name: 'Next results' })).toHaveCount(0);
    // The address keeps the search, so the page can be shared or reloaded.
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ q: word, page: '2' });

    await pages.getByRole('link', { name: 'Previous 20 results' }).click();
    await expect(positions.resultsCount()).toContainText('Showing 1–20.');
    expect(await titles()).toEqual(firstPage);
  });

  // Issue 27's probe: two drafts of one length, "P P N" and "P N N" (N a fresh word), searched
  // for "P N". If the ranking weighed words by every statement in the database, a P that
  // occurs in statements Japan may not read would make P common and N rare, and put the
  // draft with N twice first.
  test('the order of search results tells nothing of statements the viewer cannot read', async ({ page, signInAs, baseURL }) => {
    test.slow();
    const slug = MEETING.split('/').pop()!;
    const actions = serverActions();
    const create = actions.get('app/meetings/[slug]/positions/actions.ts#createPositionStatement')!;
    const advance = actions.get('app/meetings/[slug]/positions/actions.ts#advancePositionStatement')!;
    /** Writes a draft through the action the form posts; returns its id. */
    const write = async (as: Awaited<ReturnType<typeof apiRequest.newContext>>, title: string, body: string) => {
      const response = await as.post(`${POSITIONS}/new`, {
        headers: { 'next-action': create.id, accept: 'text/x-component' },
        multipart: actionForm({ slug, agendaItemId: '', title, body }),
        maxRedirects: 0,
      });
      const id = Number(/\/positions\/(\d+)/.exec(response.headers()['x-action-redirect'] ?? '')?.[1]);
      expect(id, `${title}: ${response.status()}`).toBeGreaterThan(0);
      return id;
    };
    const japan = await apiRequest.newContext({ baseURL });
    await signInRequest(japan, 'jp.staff@vancouver.test');
    const korea = await apiRequest.newContext({ baseURL });
    await signInRequest(korea, 'kr.staff@vancouver.test');
    const positions = new PositionsPages(page);
    await signInAs('jp.staff@vancouver.test');

    // Both words of a probe are of one length, so both drafts are of one length.
    const word = () => `kw${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}`;
    const probeOrder = async (hidden: string, fresh: string) => {
      const twice = { hidden: await write(japan, 'Probe one', `${hidden} ${hidden} ${fresh} filler`), fresh: await write(japan, 'Probe two', `${hidden} ${fresh} ${fresh} filler`) };
      await positions.search(`${hidden} ${fresh}`);
      const hrefs = await positions.results().getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const order = [...new Set(hrefs.filter((href) => /\/positions\/\d+$/.test(href ?? '')))].map((href) => (href === positions.statementPath(twice.hidden) ? 'hidden twice' : href === positions.statementPath(twice.fresh) ? 'fresh twice' : href));
      expect(order).toHaveLength(2);
      return order;
    };

    const withoutHidden = await probeOrder(word(), word());
    // A word in Korea's drafts: one kept to the delegation, one shared with the secretariat only.
    const inDraft = word();
    for (let n = 0; n < 5; n++) await write(korea, 'Internal line', `Our line: ${inDraft}.`);
    expect(await probeOrder(inDraft, word())).toEqual(withoutHidden);
    const shared = word();
    for (let n = 0; n < 5; n++) {
      const id = await write(korea, 'For the chair', `Our line: ${shared}.`);
      const response = await korea.post(`${POSITIONS}/${id}`, {
        headers: { 'next-action': advance.id, accept: 'text/x-component' },
        multipart: actionForm({ slug, id: String(id), expectedVersion: '1', to: 'secretariat' }),
      });
      expect(await response.text()).toContain('"ok":true');
    }
    expect(await probeOrder(shared, word())).toEqual(withoutHidden);
    await Promise.all([japan.dispose(), korea.dispose()]);
  });

  test('the writing form keeps what was typed when a field is missing, and the secretariat has none', async ({ page, signInAs }) => {
    const positions = new PositionsPages(page);
    await signInAs('jp.staff@vancouver.test');
    await positions.gotoList();
    await page.getByRole('link', { name: 'Write a statement' }).click();
    await page.getByLabel('Text', { exact: true }).fill('Body without a title.');
    await page.getByLabel('Title').fill('   ');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.locator('#title-error')).toHaveText('This field is required.');
    await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Text', { exact: true })).toHaveValue('Body without a title.');
    await expectAccessible(page);
    await signOut(page);

    await signInAs('secretariat@vancouver.test');
    await positions.gotoList();
    await expect(page.getByRole('link', { name: 'Write a statement' })).toHaveCount(0);
    expect((await page.goto(`${POSITIONS}/new`))?.status()).toBe(403);
  });
});

test('search results show a statement’s Markdown as text: no stars, no bullets', async ({ page, browser, signInAs }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const staff = await createAccount(page, meeting, { name: 'Ine Eriksen Søreide', role: 'staff', delegation: 'Norway' });
  const officer = await signedInPage(browser, staff);
  const positions = new PositionsPages(officer, meeting);
  const word = uniqueWord();
  await positions.write({ title: 'Fisheries', body: `Norway **strongly** supports ${word} monitoring:\n\n- shared *satellite* data\n- joint patrols\n\n1. first step` });
  await positions.search(word);
  const snippet = positions.results().getByTestId('search-snippet');
  await expect(snippet).toHaveText(`Norway strongly supports ${word} monitoring: shared satellite data joint patrols first step`);
  await expect(snippet.locator('mark')).toHaveText(word);
  await expectAccessible(officer);
});

test('the demo is dated on the meeting’s own days: Japan’s statement was circulated on 16 January 2018 at 09:40', async ({ page, signInAs }) => {
  const id = readDatabase(
    (db) =>
      (db.prepare(`select s.id from position_statements s join delegations d on d.id = s.delegation_id where d.country_code = 'jp' order by s.id`).get() as { id: number }).id,
  );
  await signInAs('kr.staff@vancouver.test');
  await page.goto(new PositionsPages(page).statementPath(id));
  await expect(page.getByTestId('circulated-by')).toHaveText('Circulated by Taro Kono, 16 Jan 2018, 09:40');
});

test('a long list comes fifty statements to a page, counts only what the reader may read, and keeps one delegation when asked', async ({ page, browser, signInAs }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const staff = await createAccount(page, meeting, { name: 'Ine Eriksen Søreide', role: 'staff', delegation: 'Norway' });
  const word = uniqueWord();
  const titles = (delegation: string, howMany: number) => Array.from({ length: howMany }, (_, n) => `${delegation} ${word} ${String(n + 1).padStart(3, '0')}`);
  const circulated = [...titles('Iceland', 70), ...titles('Norway', 50)];
  seedStatementsDirectly(meeting.split('/').pop()!, [
    ...circulated.map((title) => ({ delegation: title.startsWith('Iceland') ? 'is' : 'no', title, visibility: 'circulated' as const })),
    { delegation: 'is', title: `Iceland's own draft ${word}`, visibility: 'delegation' },
    { delegation: 'is', title: `Iceland's line for the chair ${word}`, visibility: 'secretariat' },
  ]);

  const officer = await signedInPage(browser, staff);
  const positions = new PositionsPages(officer, meeting);
  await positions.gotoList();
  const seen: string[] = [];
  for (const [from, to] of [[1, 50], [51, 100], [101, 120]]) {
    if (from > 1) await positions.listPager().getByRole('link', { name: 'Next statements' }).click();
    await expect(positions.listCount()).toContainText(`120 statements you may read. Showing ${from}–${to}.`);
    seen.push(...(await officer.getByRole('main').getByRole('row').getByRole('link').allInnerTexts()));
  }
  await expect(positions.listPager().getByRole('link', { name: 'Next statements' })).toHaveCount(0);
  await expect(positions.listPager().getByRole('link', { name: 'Previous 50 statements' })).toBeVisible();
  expect(seen.toSorted()).toEqual(circulated.toSorted());
  await expectAccessible(officer);

  // The form with no words but a delegation lists that delegation's statements, in pages too.
  const form = officer.getByRole('search', { name: 'Search statements' });
  await form.getByLabel('Delegation').selectOption({ label: 'Iceland' });
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(positions.listCount()).toContainText('70 statements you may read. Showing 1–50.');
  await expect(officer.getByRole('main').getByRole('row').getByRole('link')).toHaveCount(50);
  await positions.listPager().getByRole('link', { name: 'Next statements' }).click();
  await expect(positions.listCount()).toContainText('70 statements you may read. Showing 51–70.');
  expect(new URL(officer.url()).searchParams.get('delegation')).toBe('is');
  await positions.listCount().getByRole('link', { name: 'Show every statement' }).click();
  await expect(positions.listCount()).toContainText('120 statements you may read. Showing 1–50.');

  // The secretariat reads the statement shared with it as well, and nothing kept by Iceland.
  const secretariat = new PositionsPages(page, meeting);
  await secretariat.gotoList({ delegation: 'is' });
  await expect(secretariat.listCount()).toContainText('71 statements you may read. Showing 1–50.');
  await secretariat.listPager().getByRole('link', { name: 'Next statements' }).click();
  await expect(secretariat.listCount()).toContainText('71 statements you may read. Showing 51–71.');
  await expect(secretariat.listLink(`Iceland's line for the chair ${word}`)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: `Iceland's own draft ${word}` })).toHaveCount(0);

  // Its matrix gives each cell one link, counting neither Iceland's draft nor anything twice.
  await secretariat.gotoList();
  await expect(secretariat.matrix().getByRole('row', { name: /^Norway/ }).getByRole('link')).toHaveText(['50 statements']);
  await secretariat.matrix().getByRole('row', { name: /^Iceland/ }).getByRole('link', { name: '71 statements, 1 shared' }).click();
  await expect(secretariat.listCount()).toContainText('71 statements you may read. Showing 1–50.');
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ delegation: 'is', item: 'general' });
});
