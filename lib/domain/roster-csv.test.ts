import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { participantsCsv, readRosterCsv } from './roster-csv';

const options = { timeZone: 'America/Vancouver', hasHead: false, mayAccredit: false };
const labels = {
  delegation: 'Delegation',
  name: 'Name',
  title: 'Title',
  function: 'Function',
  email: 'E-mail',
  accreditation: 'Accreditation',
  arrival: 'Arrival',
  departure: 'Departure',
  functionValue: (code: string) => ({ head: 'Head of delegation', adviser: 'Adviser' })[code] ?? code,
  accreditationValue: (code: string) => code,
};

describe('roster CSV', () => {
  it('reads headings and functions in English or French, times on the meeting clock', () => {
    const preview = readRosterCsv('Nom,Fonction,Arrivée\nAnna Kowalska,Chef de délégation,2018-01-15 10:00\n', options);
    expect(preview.problems).toEqual([]);
    expect(preview.rows[0].member).toMatchObject({ fullName: 'Anna Kowalska', function: 'head', email: null });
    expect(preview.rows[0].member?.arrivalAt?.toISOString()).toBe('2018-01-15T18:00:00.000Z');
  });

  it('names every problem by row and column', () => {
    const preview = readRosterCsv('Name,Function,E-mail,Departure\n,Adviser,,\nB,Head of delegation,b@x,2018-13-01 09:00\nC,Head of delegation,,\n', {
      ...options,
      hasHead: false,
    });
    expect(preview.problems).toEqual([
      { row: 2, column: 'Name', code: 'required' },
      { row: 3, column: 'E-mail', code: 'invalidEmail' },
      { row: 3, column: 'Departure', code: 'invalidDateTime' },
    ]);
    expect(readRosterCsv('Name,Function\nA,head\nB,head\n', options).problems).toEqual([{ row: 3, column: 'Function', code: 'oneHead' }]);
    expect(readRosterCsv('Title\nX\n', options).problems.map((p) => p.code)).toEqual(['csvMissingColumn', 'csvMissingColumn']);
    expect(readRosterCsv('Name,Function\n', options).problems.map((p) => p.code)).toEqual(['csvEmpty']);
  });

  it('leaves accreditation to the secretariat: the column is read only for it', () => {
    const csv = 'Name,Function,Accreditation\nA,Adviser,Badge issued\n';
    expect(readRosterCsv(csv, options).ignoredColumns).toEqual(['Accreditation']);
    expect(readRosterCsv(csv, { ...options, mayAccredit: true }).rows[0].member?.accreditation).toBe('badge_issued');
  });

  it('exports with a byte-order mark, neutralises formulas, and reads its own export back unchanged', () => {
    const csv = participantsCsv(
      [
        {
          delegation: { protocolName: 'Côte d’Ivoire' },
          members: [
            { fullName: '=HYPERLINK("x")', title: '', function: 'adviser' },
            { fullName: 'Zoë Ćwikła', title: 'Ministre', function: 'head', contact: { email: 'z@x.example', accreditation: 'approved', arrivalAt: new Date('2018-01-15T18:00:00Z'), departureAt: null } },
          ],
        },
      ],
      labels,
      'America/Vancouver',
    );
    expect(csv.startsWith('\uFEFFDelegation,Name')).toBe(true);
    const cells = Papa.parse<string[]>(csv.slice(1)).data;
    expect(cells[1][1]).toBe('\'=HYPERLINK("x")');
    expect(cells[2]).toEqual(['Côte d’Ivoire', 'Zoë Ćwikła', 'Ministre', 'Head of delegation', 'z@x.example', 'approved', '2018-01-15 10:00', '']);
    const back = readRosterCsv(csv, options);
    expect(back.problems).toEqual([]);
    expect(back.rows.map((r) => r.member?.fullName)).toEqual(['=HYPERLINK("x")', 'Zoë Ćwikła']);
  });
});
