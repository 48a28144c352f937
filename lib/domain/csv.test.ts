import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvLines } from './csv';

describe('CSV for spreadsheets', () => {
  it('quotes every cell and doubles quotes, keeping commas and line breaks inside cells', () => {
    expect(csvLines([['a', 'say "no"', 'x,y', 'two\nlines', null, 3]])).toBe('"a","say ""no""","x,y","two\nlines",,"3"\r\n');
  });

  it('never lets a cell start a formula', () => {
    const cells = ['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', 'fine = fine', '＝1+1', '＋1', '－1', '＠SUM(A1)'];
    const [parsed] = Papa.parse<string[]>(csvLines([cells])).data;
    expect(parsed).toEqual(["'=HYPERLINK(\"http://evil\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\rcmd", 'fine = fine', "'＝1+1", "'＋1", "'－1", "'＠SUM(A1)"]);
  });

  it('writes one CRLF-terminated line per row and nothing for no rows', () => {
    expect(csvLines([['a'], ['Çavuşoğlu']])).toBe('"a"\r\n"Çavuşoğlu"\r\n');
    expect(csvLines([])).toBe('');
  });
});
