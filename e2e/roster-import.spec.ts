import Papa from 'papaparse';
import { expect, expectAccessible, MEETING, test } from './fixtures';
import { RosterPage } from './pages/roster-page';

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test.describe('importing a roster from CSV', () => {
  test('a file with a bad row saves nothing and names the row, the column and why', async ({ page, signInAs }) => {
    const roster = new RosterPage(page);
    await signInAs('gr.staff@vancouver.test');
    await roster.goto('gr');
    const before = await page.getByRole('row').count();
    await roster.importLink().click();
    await expectAccessible(page);
    await page.getByLabel('CSV file').setInputFiles(
      csvFile(
        'greece.csv',
        [
          'Name,Title,Function,E-mail,Arrival',
          'Dimitra Antonopoulou,Counsellor,Adviser,dimitra@mfa.gr.example,2018-01-15 08:00',
          'Giorgos Stavrou,Press Officer,Press,giorgos-at-mfa,2018-01-15 08:00',
          'Kostas Lambrou,Driver,Chauffeur,,',
        ].join('\n'),
      ),
    );
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(roster.formMessage()).toContainText('nothing was saved');
    const problems = page.getByRole('table');
    await expect(problems.getByRole('row', { name: /Row 3/ })).toContainText('E-mail');
    await expect(problems.getByRole('row', { name: /Row 3/ })).toContainText('Enter an e-mail address');
    await expect(problems.getByRole('row', { name: /Row 4/ })).toContainText('Function');
    await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
    await expectAccessible(page);

    await roster.goto('gr');
    await expect(page.getByRole('row')).toHaveCount(before);
    await expect(roster.memberRow('Dimitra Antonopoulou')).toHaveCount(0);
  });

  test('names in any script survive the import and the participants list', async ({ page, signInAs }) => {
    const roster = new RosterPage(page);
    const names = ['Ελένη Παπαδοπούλου', 'Zoë Ćwikła-Nguyễn', '李小龍', 'Ólafur Þórsson', 'محمد الأمين', 'Ngozi Ọkọ́-Ìwéàlá'];
    await signInAs('ph.staff@vancouver.test');
    await page.goto(`${MEETING}/delegations/ph/import`);
    // Headings in French, a byte-order mark and a column the app does not keep, as spreadsheets send them.
    const text = `\uFEFFNom;Fonction;Courriel;Téléphone\n${names.map((n, i) => `"${n}";${i === 0 ? 'Interprète' : 'Conseiller'};;+63 2 555 010${i}`).join('\n')}\n`;
    await page.getByLabel('CSV file').setInputFiles(csvFile('philippines.csv', text));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '6 members ready to import' })).toBeVisible();
    await expect(page.getByText('Columns not read: Téléphone.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Import 6 members' }).click();
    await expect(page).toHaveURL(`${MEETING}/delegations/ph?imported=6`);
    await expect(page.getByText('6 members imported.')).toBeVisible();
    for (const name of names) await expect(roster.memberRow(name)).toBeVisible();
    await expect(roster.memberRow('Ελένη Παπαδοπούλου')).toContainText('Interpreter');

    const csv = await (await page.request.get(`${MEETING}/delegations/csv`)).text();
    const exported = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    const philippines = exported.filter((r) => r.Delegation === 'Philippines').map((r) => r.Name);
    for (const name of names) expect(philippines).toContain(name);
  });
});
