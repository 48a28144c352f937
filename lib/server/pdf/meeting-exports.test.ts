import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAgenda } from '@/db/queries/agenda';
import { listParticipants } from '@/db/queries/delegations';
import { getMeeting } from '@/db/queries/meetings';
import { demoDatabase, viewerFor } from '@/test/database';
import { renderParticipantsPdf, type ParticipantsLabels } from './participants';
import { renderProgrammePdf, type ProgrammeLabels } from './programme';

const folder = mkdtempSync(path.join(tmpdir(), 'vg-meeting-pdf-'));
const textOf = async (bytes: Promise<Buffer>, name: string) => {
  const file = path.join(folder, name);
  writeFileSync(file, await bytes);
  return {
    // Words as they read, whatever the line breaks.
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  };
};

/** The participants list's words as the English catalogue gives them. */
const ENGLISH: ParticipantsLabels = {
  locale: 'en',
  title: 'List of participants',
  subject: 'List of participants of the meeting',
  coChair: 'Co-chair',
  didNotAttend: 'did not attend',
  functionValue: (code) => ({ head: 'Head of delegation', deputy: 'Deputy', adviser: 'Adviser', interpreter: 'Interpreter', press: 'Press', security: 'Security' })[code],
  accreditationValue: (code) => ({ requested: 'Accreditation requested', approved: 'Accreditation approved', badge_issued: 'Badge issued', revoked: 'Accreditation revoked' })[code],
  arrives: (when) => `arrives ${when}`,
  leaves: (when) => `leaves ${when}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
};

const ENGLISH_PROGRAMME: ProgrammeLabels = {
  locale: 'en',
  title: 'Programme',
  subject: 'Programme of the meeting',
  allTimes: (place, zone) => `${place}. All times: ${zone}.`,
  kindValue: (kind) => kind,
  chair: (chair) => `Chair: ${chair}`,
  speakers: (list) => `Speakers: ${list}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
};

describe('the programme and participants PDFs', () => {
  beforeAll(async () => {
    await demoDatabase();
  });

  it('prints the published programme with its times on the meeting clock, labelled', async () => {
    const japan = viewerFor('jp.staff@vancouver.test');
    const meeting = getMeeting(japan, 'vancouver-2018');
    const items = listAgenda(japan, meeting, { publishedOnly: true });
    const { text, info } = await textOf(renderProgrammePdf({ meeting, items, generatedAt: new Date() }, ENGLISH_PROGRAMME), 'programme.pdf');
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(text).toMatch(/All times: Pacific Standard Time \(America\/ ?Vancouver\)/);
    expect(text).toContain('16 January 2018');
    for (const item of items) expect(text).toContain(item.title.replace(/\s+/g, ' ').slice(0, 30));
    expect(text).toMatch(/\d{2}:\d{2}–\d{2}:\d{2}/);
  });

  it('prints the programme in French for a French viewer: dates, zone and speakers named in French', async () => {
    const japan = { ...viewerFor('jp.staff@vancouver.test'), locale: 'fr' as const };
    const meeting = getMeeting(japan, 'vancouver-2018');
    const items = listAgenda(japan, meeting, { publishedOnly: true });
    const french: ProgrammeLabels = { ...ENGLISH_PROGRAMME, locale: 'fr', allTimes: (place, zone) => `${place}. Toutes les heures : ${zone}.` };
    const { text } = await textOf(renderProgrammePdf({ meeting, items, generatedAt: new Date() }, french), 'programme-fr.pdf');
    expect(text).toContain('16 janvier 2018');
    expect(text).toMatch(/Toutes les heures : heure normale du Pacifique/);
  });

  it('lists participants with Latin Extended names, contact details only where the viewer may read them', async () => {
    const japan = viewerFor('jp.staff@vancouver.test');
    const meeting = getMeeting(japan, 'vancouver-2018');
    const { text } = await textOf(renderParticipantsPdf({ meeting, list: listParticipants(japan, meeting), generatedAt: new Date() }, ENGLISH), 'participants.pdf');
    expect(text).toContain('Mevlüt Çavuşoğlu');
    expect(text).toContain('Ine Eriksen Søreide');
    expect(text).toMatch(/@mofa\.go\.jp\.example/); // Japan's own contacts
    expect(text).not.toMatch(/@mofa\.go\.kr\.example|@mofa\.gov\.tr\.example/); // nobody else's
  });

  it('speaks the interface language: French state names, words and dates for a French viewer', async () => {
    const japan = { ...viewerFor('jp.staff@vancouver.test'), locale: 'fr' as const };
    const meeting = getMeeting(japan, 'vancouver-2018');
    const french: ParticipantsLabels = {
      ...ENGLISH,
      locale: 'fr',
      title: 'Liste des participants',
      coChair: 'Coprésidence',
      arrives: (when) => `arrivée le ${when}`,
      page: (page, pages) => `Page ${page} sur ${pages}`,
    };
    const { text, info } = await textOf(renderParticipantsPdf({ meeting, list: listParticipants(japan, meeting), generatedAt: new Date() }, french), 'participants-fr.pdf');
    expect(info).toMatch(/Title:\s+Liste des participants/);
    expect(text).toContain('Japon');
    expect(text).toContain('États-Unis');
    expect(text).toMatch(/arrivée le \d{1,2} janv\. 2018/);
    expect(text).toContain('Page 1 sur');
  });
});
