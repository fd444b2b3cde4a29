/**
 * `journal export --format csv`: one row per answer, RFC 4180 (a header row,
 * CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled).
 */
import type { Answer, Entry } from '../domain/types.js';
import type { QuestionSet } from '../sets/types.js';

export const CSV_COLUMNS = [
  'entry',
  'set',
  'revision',
  'lang',
  'client',
  'tags',
  'status',
  'startedAt',
  'finishedAt',
  'phase',
  'question',
  'kind',
  'asked',
  'value',
  'skipped',
  'answeredAt',
  'editedAt',
  'participant',
] as const;

/** Items of a list answer are joined with this; `|` rarely occurs in an item. */
export const LIST_SEPARATOR = ' | ';

/**
 * Formula injection: a spreadsheet opening this file would run a cell that
 * starts with = + - or @ (and, in some, a tab or carriage return) as a
 * formula, e.g. `=HYPERLINK(…)` typed as an answer. Such text cells get a
 * leading apostrophe so they stay text. Numbers from scale answers are not
 * text and are left as they are (a scale may go below zero).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

/**
 * How a CSV file is written. RFC 4180 (comma, no byte-order mark) for
 * scripts; `excelStyle(lang)` for a spreadsheet: a UTF-8 byte-order mark (so
 * Excel reads é and — right) and, for Dutch, the `;` separator and decimal
 * comma that Excel with Dutch settings expects.
 */
export interface CsvStyle {
  readonly separator: ',' | ';';
  readonly bom: boolean;
  readonly decimalComma: boolean;
}
export const RFC4180: CsvStyle = { separator: ',', bom: false, decimalComma: false };
export const excelStyle = (lang: string): CsvStyle =>
  lang === 'nl' ? { separator: ';', bom: true, decimalComma: true } : { separator: ',', bom: true, decimalComma: false };

/** One field, quoted when it holds the separator, a quote or a line break. */
export const csvField = (s: string, separator = ','): string =>
  s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;

type Cell = string | number | boolean | undefined;

const cell = (c: Cell, style: CsvStyle = RFC4180): string => {
  if (c === undefined) return '';
  if (typeof c === 'number') return style.decimalComma ? String(c).replace('.', ',') : String(c);
  if (typeof c === 'boolean') return String(c);
  return csvField(neutraliseFormula(c), style.separator);
};

/** Rows of cells as CSV text in `style`, CRLF line ends. */
export const csvLines = (rows: readonly (readonly Cell[])[], style: CsvStyle = RFC4180): string =>
  `${style.bom ? '\ufeff' : ''}${rows.map((r) => r.map((c) => cell(c, style)).join(style.separator)).join('\r\n')}\r\n`;

const valueCell = (a: Answer): Cell => {
  const v = a.value;
  if (a.skipped || v === undefined) return undefined;
  if (Array.isArray(v)) return (v as readonly string[]).join(LIST_SEPARATOR);
  return v as string | number | boolean;
};

const row = (e: Entry, a: Answer): Cell[] => [
  e.id,
  e.set,
  e.setRevision,
  e.lang,
  e.client,
  e.tags.length > 0 ? e.tags.join(';') : undefined,
  e.status,
  e.startedAt,
  e.finishedAt,
  a.phase,
  a.question,
  a.kind,
  a.asked,
  valueCell(a),
  a.skipped === true,
  a.answeredAt,
  a.editedAt,
  a.participant,
];

/**
 * The export. `sets` is accepted for symmetry with the other exports; the
 * rows hold raw values (a choice's value, not its label) so they need none.
 */
export const exportCsv = (entries: readonly Entry[], _sets?: ReadonlyMap<string, QuestionSet>, style: CsvStyle = RFC4180): string =>
  csvLines([[...CSV_COLUMNS], ...entries.flatMap((e) => e.answers.map((a) => row(e, a)))], style);
