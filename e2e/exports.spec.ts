import { readPdf } from './exports';
import { expect, expectAccessible, MEETING, test } from './fixtures';

test.describe('exports', () => {
  test('the working draft of the summary downloads as PDF and DOCX from its links', async ({ page, signInAs }) => {
    await signInAs('tr.staff@vancouver.test');
    await page.goto(`${MEETING}/documents/1`);
    const exports = page.getByRole('navigation', { name: 'Exports' });
    await expectAccessible(page);

    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name: 'Working draft (PDF)' }).click()]);
    const pdf = await readPdf(pdfDownload);
    // Another spec may have reopened the adopted demo text: a reissue is named as one.
    expect(pdf.name).toMatch(/^vancouver-2018-co-chairs-summary(-rev-\d+)?-draft-revision-\d+\.pdf$/);
    expect(pdf.info).toMatch(/Tagged:\s+yes/);
    expect(pdf.info).toMatch(/Title:\s+Co-Chairs' Summary/);
    expect(pdf.text).toContain('DRAFT (');
    expect(pdf.text).toContain('Vancouver, 16 January 2018');
    expect(pdf.text).toContain('Mevlüt Çavuşoğlu');
    for (const line of pdf.fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    const [docxDownload] = await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name: 'Working draft (Word)' }).click()]);
    expect(docxDownload.suggestedFilename()).toMatch(/^vancouver-2018-co-chairs-summary(-rev-\d+)?-draft-revision-\d+\.docx$/);
  });

  test('a copied export link works on its own and answers 404 outside the meeting', async ({ page, signInAs }) => {
    await signInAs('kr.staff@vancouver.test');
    const ok = await page.request.get(`${MEETING}/documents/1/pdf`);
    expect(ok.status()).toBe(200);
    expect(ok.headers()['content-type']).toBe('application/pdf');
    expect((await page.request.get(`${MEETING}/documents/999/pdf`)).status()).toBe(404);
    expect((await page.request.get(`${MEETING}/documents/abc/docx`)).status()).toBe(400);
    expect((await page.request.get(`/meetings/elsewhere/documents/1/pdf`)).status()).toBe(404);
  });

  test('the programme and the participants list download from their pages', async ({ page, signInAs }) => {
    await signInAs('gb.staff@vancouver.test');
    await page.goto(`${MEETING}/agenda`);
    const [programme] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Programme (PDF)' }).click()]);
    const programmePdf = await readPdf(programme);
    expect(programmePdf.name).toBe('vancouver-2018-programme.pdf');
    expect(programmePdf.text.replace(/\s+/g, ' ')).toMatch(/All times: Pacific Standard Time \(America\/ ?Vancouver\)/);
    const [calendar] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to your calendar (.ics)' }).click()]);
    expect(calendar.suggestedFilename()).toBe('vancouver-2018-programme.ics');

    await page.goto(`${MEETING}/delegations`);
    const [participants] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Participants list (PDF)' }).click()]);
    const participantsPdf = await readPdf(participants);
    expect(participantsPdf.name).toBe('vancouver-2018-participants.pdf');
    expect(participantsPdf.text).toContain('Mevlüt Çavuşoğlu');
    expect(participantsPdf.info).toMatch(/Tagged:\s+yes/);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Participants list (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('vancouver-2018-participants.csv');
  });
});
