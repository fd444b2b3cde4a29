/**
 * `oplos progress --format csv`: a table for a spreadsheet, one row per
 * session date (and client), one column per scale. In sessions held with
 * several people each person's scales are a row of their own, with a
 * `participant` column (only then, so a one-person journal keeps its shape).
 * Separator, byte-order mark and decimal mark follow the CSV options (see
 * export-csv.ts).
 */
import type { ProgressSeries } from './progress-series.js';
import { csvLines, type CsvStyle, RFC4180 } from './export-csv.js';
import { format } from 'date-fns';
import { local } from '../domain/time-zone.js';

/** The day a session was held, as the person reads it: in the run's time zone, not UTC's. */
const localDay = (iso: string): string => format(local(new Date(iso)), 'yyyy-MM-dd');

interface Row {
  readonly date: string;
  readonly client?: string;
  readonly participant?: string;
  readonly values: Map<string, number>;
}

export const progressCsv = (series: readonly ProgressSeries[], style: CsvStyle = RFC4180): string => {
  const scales = [...new Set(series.map((s) => s.question))];
  const people = series.some((s) => s.participant !== undefined);
  const rows = new Map<string, Row>();
  for (const s of series)
    for (const p of s.points) {
      const key = JSON.stringify([p.date, s.client ?? null, s.participant ?? null]);
      const row = rows.get(key) ?? {
        date: p.date,
        ...(s.client !== undefined ? { client: s.client } : {}),
        ...(s.participant !== undefined ? { participant: s.participant } : {}),
        values: new Map<string, number>(),
      };
      row.values.set(s.question, p.value);
      rows.set(key, row);
    }
  // a stable sort: a session's people stay in the order they first appear (the session's own order)
  const ordered = [...rows.values()].sort((a, b) => a.date.localeCompare(b.date) || (a.client ?? '').localeCompare(b.client ?? ''));
  const head = people ? ['date', 'client', 'participant', ...scales] : ['date', 'client', ...scales];
  return csvLines(
    [head, ...ordered.map((r) => [localDay(r.date), r.client, ...(people ? [r.participant] : []), ...scales.map((q) => r.values.get(q))])],
    style,
  );
};
