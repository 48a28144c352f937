import { describe, expect, it } from 'vitest';
import { readDraftHtml, readDraftText, type ImportedParagraph } from './draft-import';

const shape = (paragraphs: ImportedParagraph[]) => paragraphs.map((p) => [p.kind, p.text]);

describe('readDraftText: a pasted draft', () => {
  it('reads a communiqué: heading, preamble, numbered operative paragraphs, numbers stripped', () => {
    const { paragraphs, problems } = readDraftText(
      [
        '# Joint Statement on Maritime Security',
        '',
        'Recalling the resolutions of the Security Council on the matter,',
        '',
        'Noting with concern the transfers of goods between ships at sea,',
        '',
        '1. Ministers call on all States to implement the resolutions in full.',
        '',
        '2. Ministers will [strengthen / coordinate] maritime interdiction.',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(shape(paragraphs)).toEqual([
      ['heading', 'Joint Statement on Maritime Security'],
      ['preambular', 'Recalling the resolutions of the Security Council on the matter,'],
      ['preambular', 'Noting with concern the transfers of goods between ships at sea,'],
      ['operative', 'Ministers call on all States to implement the resolutions in full.'],
      ['operative', 'Ministers will [strengthen / coordinate] maritime interdiction.'],
    ]);
    expect(paragraphs.map((p) => p.status)).toEqual(['draft', 'draft', 'draft', 'draft', 'bracketed']);
  });

  it('strips every kind of leading paragraph number, and only leading ones', () => {
    const { paragraphs } = readDraftText(
      ['1. First.', '12) Twelfth.', '(3) Third.', '(a) Sub a.', 'b) Sub b.', 'iv. Sub four.', '(ii) Sub two.', '4 Ministers met on 16 January 2018.'].join('\n'),
    );
    expect(paragraphs.map((p) => p.text)).toEqual([
      'First.',
      'Twelfth.',
      'Third.',
      'Sub a.',
      'Sub b.',
      'Sub four.',
      'Sub two.',
      // A number without its point or parenthesis is part of the text.
      '4 Ministers met on 16 January 2018.',
    ]);
    expect(paragraphs.every((p) => p.kind === 'operative')).toBe(true);
  });

  it('recognises headings: `#`, capitals, and short lines without final punctuation', () => {
    const { paragraphs } = readDraftText(
      [
        '## Sanctions implementation',
        'MARITIME INTERDICTION',
        'Diplomacy toward denuclearization',
        'Ministers agreed to meet again in 2019.',
        'A short line that ends with a comma,',
      ].join('\n'),
    );
    expect(shape(paragraphs)).toEqual([
      ['heading', 'Sanctions implementation'],
      ['heading', 'MARITIME INTERDICTION'],
      ['heading', 'Diplomacy toward denuclearization'],
      ['operative', 'Ministers agreed to meet again in 2019.'],
      ['operative', 'A short line that ends with a comma,'],
    ]);
  });

  it('never takes a numbered, bracketed or preambular line for a heading', () => {
    const { paragraphs } = readDraftText(['Welcoming the talks', '1. Sanctions remain', 'Ministers [agree / note]'].join('\n'));
    expect(shape(paragraphs)).toEqual([
      ['preambular', 'Welcoming the talks'],
      ['operative', 'Sanctions remain'],
      ['operative', 'Ministers [agree / note]'],
    ]);
  });

  it('with numbers in the draft, every unnumbered paragraph before the first number is preambular', () => {
    const { paragraphs } = readDraftText(
      [
        'Foreign ministers and representatives of twenty States met in Vancouver on 16 January 2018.',
        '',
        'Reaffirming their commitment to a peaceful solution,',
        '',
        '1. Ministers agreed to stay in contact.',
        '',
        'They will report on progress before the summer.',
      ].join('\n'),
    );
    expect(paragraphs.map((p) => p.kind)).toEqual(['preambular', 'preambular', 'operative', 'operative']);
  });

  it('without numbers, the preamble is the opening run of participles and preambular adjectives', () => {
    const { paragraphs } = readDraftText(
      [
        'Recognizing the gravity of the threat,',
        'Convinced that diplomacy remains essential,',
        'Deeply concerned by recent launches,',
        'Ministers call on all States to act.',
        'Welcoming, as they did, the talks between the Koreas, ministers hope for more.',
      ].join('\n'),
    );
    expect(paragraphs.map((p) => p.kind)).toEqual(['preambular', 'preambular', 'preambular', 'operative', 'operative']);
  });

  it('joins hard-wrapped lines when blank lines separate paragraphs, and splits at numbers', () => {
    const { paragraphs } = readDraftText(
      ['Recalling the resolutions', 'adopted since 2006,', '', '1. Ministers call on all States', 'to act.', '2. Ministers will meet again.'].join('\r\n'),
    );
    expect(shape(paragraphs)).toEqual([
      ['preambular', 'Recalling the resolutions adopted since 2006,'],
      ['operative', 'Ministers call on all States to act.'],
      ['operative', 'Ministers will meet again.'],
    ]);
  });

  it('gives one space for runs of white space, and nothing for a text of white space only', () => {
    expect(readDraftText('1.\tMinisters\u00a0 agreed   to  act.').paragraphs.map((p) => p.text)).toEqual(['Ministers agreed to act.']);
    expect(readDraftText('  \n\t\n \u00a0 \n').paragraphs).toEqual([]);
    expect(readDraftText('').paragraphs).toEqual([]);
  });

  it('keeps brackets as written and reports those that do not parse, by paragraph', () => {
    const { paragraphs, problems } = readDraftText(
      ['1. Ministers [call on / urge] all States [to act].', '2. Ministers [call on all States.', '3. Ministers ] agree.', '4. Ministers [ / ] agree.'].join('\n'),
    );
    expect(paragraphs[0]).toEqual({ kind: 'operative', text: 'Ministers [call on / urge] all States [to act].', status: 'bracketed' });
    expect(problems).toEqual([
      { paragraph: 2, code: 'bracketUnclosed' },
      { paragraph: 3, code: 'bracketUnopened' },
      { paragraph: 4, code: 'bracketEmpty' },
    ]);
  });

  it('reports a paragraph longer than a paragraph may be', () => {
    const { problems } = readDraftText(`1. ${'word '.repeat(1000)}`);
    expect(problems).toEqual([{ paragraph: 1, code: 'paragraphTooLong' }]);
  });
});

describe('readDraftHtml: a .docx as mammoth converts it', () => {
  it('takes Word headings from <h1>–<h6>, numbered list items as numbered, entities decoded', () => {
    const { paragraphs, problems } = readDraftHtml(
      [
        '<h1>Co-Chairs&#39; Summary</h1>',
        '<p>Recalling the resolutions &amp; statements of the Council,</p>',
        '<p>Noting the talks between the <strong>two Koreas</strong>,</p>',
        '<h2>Sanctions implementation</h2>',
        '<ol><li>Ministers call on all States to act.</li><li>Ministers will [strengthen / coordinate] interdiction.</li></ol>',
        '<p>3. Ministers agreed to meet again.</p>',
      ].join(''),
    );
    expect(problems).toEqual([]);
    expect(shape(paragraphs)).toEqual([
      ['heading', "Co-Chairs' Summary"],
      ['preambular', 'Recalling the resolutions & statements of the Council,'],
      ['preambular', 'Noting the talks between the two Koreas,'],
      ['heading', 'Sanctions implementation'],
      ['operative', 'Ministers call on all States to act.'],
      ['operative', 'Ministers will [strengthen / coordinate] interdiction.'],
      ['operative', 'Ministers agreed to meet again.'],
    ]);
    expect(paragraphs[5].status).toBe('bracketed');
  });

  it('does not take a short unstyled Word paragraph for a heading, but one in capitals', () => {
    const { paragraphs } = readDraftHtml('<p>Ministers agreed</p><p>ANNEX</p>');
    expect(shape(paragraphs)).toEqual([
      ['operative', 'Ministers agreed'],
      ['heading', 'ANNEX'],
    ]);
  });

  it('reads nested lists, bullets and line breaks, and skips empty paragraphs', () => {
    const { paragraphs } = readDraftHtml(
      '<p></p><ol><li>Ministers call on States:<ol><li>to inspect ships;</li></ol></li></ol><ul><li>Bulleted<br />text.</li></ul><p> </p>',
    );
    expect(shape(paragraphs)).toEqual([
      ['operative', 'Ministers call on States:'],
      ['operative', 'to inspect ships;'],
      ['operative', 'Bulleted text.'],
    ]);
  });

  it('gives nothing for a document without text', () => {
    expect(readDraftHtml('').paragraphs).toEqual([]);
    expect(readDraftHtml('<p></p><p>\u00a0</p><table><tr><td></td></tr></table>').paragraphs).toEqual([]);
  });
});
