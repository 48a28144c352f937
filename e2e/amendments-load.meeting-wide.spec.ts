import { countRows } from './database';
import { expect, test } from './fixtures';
import { openDocumentAs as openAs } from './pages/document-page';
import { callAction, captureAction, signInRequest, withField } from './server-actions';

// A burst of 200 writes through the real server. It runs with the meeting-wide specs,
// after the others: the load would slow every page they read, and the 200 amendments stay
// on the text for whatever reads it afterwards.

test('200 amendments proposed at once by 20 delegations are all saved, each with its audit entry', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const japan = await openAs(browser, 'jp.staff@vancouver.test');
  const block = japan.document.paragraph('Ministers supported the efforts of the Republic of Korea');
  await japan.document.chooseFromMenu('Ministers supported the efforts of the Republic of Korea', 'Propose a replacement');
  await block.getByLabel('Proposed text').fill('Ministers supported the Republic of Korea’s efforts.');
  await block.getByLabel('Rationale').fill('load-template');
  const propose = await captureAction(japan.page, () => block.getByRole('button', { name: 'Propose', exact: true }).click());
  await japan.page.close(); // its live refreshes would only compete with the load

  const codes = ['au', 'be', 'ca', 'co', 'dk', 'fr', 'gb', 'gr', 'in', 'it', 'jp', 'kr', 'nl', 'no', 'nz', 'ph', 'se', 'th', 'tr', 'us'];
  const contexts = await Promise.all(
    codes.map(async (code) => {
      const request = await playwright.request.newContext({ baseURL });
      await signInRequest(request, `${code}.staff@vancouver.test`);
      return request;
    }),
  );
  const answers = await Promise.all(
    contexts.flatMap((request, d) =>
      Array.from({ length: 10 }, (_, i) => callAction(request, withField(propose, 'rationale', `load-${codes[d]}-${i}`))),
    ),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(200).fill(200));
  expect(answers.filter((a) => a.text.includes('"ok":false'))).toEqual([]);
  expect(countRows(`select count(*) n from amendments where rationale like 'load-%' and rationale != 'load-template'`)).toBe(200);
  expect(
    countRows(`select count(*) n from audit_entries where action = 'propose_amendment' and json_extract(after, '$.rationale') like 'load-%' and json_extract(after, '$.rationale') != 'load-template'`),
  ).toBe(200);
  expect(countRows(`select count(distinct delegation_id) n from amendments where rationale like 'load-%' and rationale != 'load-template'`)).toBe(20);
  await Promise.all(contexts.map((c) => c.dispose()));
});
