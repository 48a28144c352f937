import Papa from 'papaparse';

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents and
 * non-Latin names right), CRLF line ends, every cell quoted. A cell that starts with
 * = + - @ (or their fullwidth forms, which spreadsheets with an East Asian input method
 * read as the same), a tab or a carriage return is prefixed with a quote, so a spreadsheet
 * never runs what someone typed into a comment as a formula.
 */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvCell = string | number | null;

/** The rows as CSV lines, each ending with CRLF. */
export function csvLines(rows: CsvCell[][]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows, { quotes: true, escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;
}
