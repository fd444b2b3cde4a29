/**
 * `oplos progress --format csv`: a table for a spreadsheet, one row per
 * session date (and client), one column per scale. Separator, byte-order
 * mark and decimal mark follow the CSV options (see export-csv.ts).
 */
import type { ProgressSeries } from './progress-series.js';
import { csvLines, type CsvStyle, RFC4180 } from './export-csv.js';

export const progressCsv = (series: readonly ProgressSeries[], style: CsvStyle = RFC4180): string => {
  const scales = [...new Set(series.map((s) => s.question))];
  const rows = new Map<string, { date: string; client?: string; values: Map<string, number> }>();
  for (const s of series)
    for (const p of s.points) {
      const key = JSON.stringify([p.date, s.client ?? null]);
      const row = rows.get(key) ?? { date: p.date, ...(s.client !== undefined ? { client: s.client } : {}), values: new Map<string, number>() };
      row.values.set(s.question, p.value);
      rows.set(key, row);
    }
  const ordered = [...rows.values()].sort((a, b) => a.date.localeCompare(b.date) || (a.client ?? '').localeCompare(b.client ?? ''));
  return csvLines(
    [['date', 'client', ...scales], ...ordered.map((r) => [r.date.slice(0, 10), r.client, ...scales.map((q) => r.values.get(q))])],
    style,
  );
};
