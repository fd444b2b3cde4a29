import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_COLUMNS, exportCsv } from '../../src/report/export-csv.js';
import { allSets, ans, entry, firstSession, journeyP, pinTimeZone } from '../helpers/report-fixtures.js';
import { parseCsv } from '../helpers/report-csv.js';

pinTimeZone();

const records = (csv: string): Record<string, string>[] => {
  const [head, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h, r[i] ?? ''])));
};

const one = (value: Parameters<typeof ans>[4], extra: Partial<Parameters<typeof entry>[0]> = {}) =>
  entry({
    id: 'x1',
    set: 'first-session',
    startedAt: '2026-11-03T10:00:00.000Z',
    answers: [ans('hopes', 'best-hopes', 'text', 'Wat hoop je?', value)],
    ...extra,
  });

describe('exportCsv', () => {
  it('has a header row and one row per answer, with CRLF line ends', () => {
    const csv = exportCsv(journeyP(), allSets(firstSession));
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 7 + 2 + 3);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('fills the columns from the entry and the answer', () => {
    const [first] = records(exportCsv(journeyP()));
    expect(first).toEqual({
      entry: 'aaa111',
      set: 'first-session',
      revision: '',
      lang: 'nl',
      client: 'P.',
      tags: 'intake',
      status: 'complete',
      startedAt: '2026-11-03T10:00:00.000Z',
      finishedAt: '2026-11-03T10:45:00.000Z',
      phase: 'best-hopes',
      question: 'hopes',
      kind: 'text',
      asked: 'Wat hoop je?',
      value: 'Weer rust in huis',
      skipped: 'false',
      answeredAt: '2026-11-03T10:00:00.000Z',
      editedAt: '',
      participant: '',
    });
  });

  it('writes lists joined, confirms as true/false, scales as numbers, skips as skipped', () => {
    const e = entry({
      id: 'x2',
      set: 'first-session',
      setRevision: 2,
      tags: ['a', 'b'],
      startedAt: '2026-11-03T10:00:00.000Z',
      answers: [
        ans('signs', 'future', 'list', 'Tekens?', ['samen eten', 'lachen']),
        ans('again', 'closing', 'confirm', 'Weer?', false),
        ans('now', 'scaling', 'scale', 'Nu?', -3),
        ans('small-step', 'closing', 'text', 'Stap?', undefined),
      ],
    });
    const r = records(exportCsv([e]));
    expect(r.map((x) => x['value'])).toEqual(['samen eten | lachen', 'false', '-3', '']);
    expect(r.map((x) => x['skipped'])).toEqual(['false', 'false', 'false', 'true']);
    expect(r[0]?.['tags']).toBe('a;b');
    expect(r[0]?.['revision']).toBe('2');
  });

  it('quotes commas, quotes and line breaks so they read back exactly', () => {
    const hostile = 'een, twee "drie"\nvier\r\nvijf';
    const r = records(exportCsv([one(hostile, { client: 'A, "B"' })]));
    expect(r[0]?.['value']).toBe(hostile);
    expect(r[0]?.['client']).toBe('A, "B"');
  });

  it.each(['=1+1', '+31 6 1234', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x","y")', '\t=1'])('neutralises a formula start in %j', (v) => {
    const r = records(exportCsv([one(v, { client: v, tags: [v] })]));
    expect(r[0]?.['value']).toBe(`'${v}`);
    expect(r[0]?.['client']).toBe(`'${v}`);
    expect(r[0]?.['tags']).toBe(`'${v}`);
  });

  it('neutralises a list whose first item looks like a formula', () => {
    const e = entry({
      set: 'first-session',
      startedAt: '2026-11-03T10:00:00.000Z',
      answers: [ans('signs', 'future', 'list', 'Tekens?', ['=cmd', 'ok'])],
    });
    expect(records(exportCsv([e]))[0]?.['value']).toBe("'=cmd | ok");
  });

  it('reads back any text answer as written (or apostrophed when it starts like a formula)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (value, client) => {
        const r = records(exportCsv([one(value, { client })]));
        const expected = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(r).toHaveLength(1);
        expect(r[0]?.['value']).toBe(expected(value));
        expect(r[0]?.['client']).toBe(expected(client));
      }),
    );
  });

  it('is only a header for no entries', () => {
    expect(parseCsv(exportCsv([]))).toEqual([[...CSV_COLUMNS]]);
  });
});
