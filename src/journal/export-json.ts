/**
 * `journal export --format json`: the document of shared/spec/cli.md, with
 * the sessions oldest first (the id breaks ties) and every entry's fields in
 * one fixed order, so the same sessions always export to the same text.
 */
import type { Clock } from '../domain/clock.js';
import { sortNewestFirst } from './order.js';
import type { Answer, Entry, JournalExport } from '../domain/types.js';

export const EXPORT_FORMAT = 'oplos-journal';
export const EXPORT_VERSION = 1;

const answerFields = ['question', 'phase', 'kind', 'asked', 'participant', 'value', 'skipped', 'answeredAt', 'editedAt'] as const;
/** The fields of an entry, in the order of the export (shared/spec/cli.md); a session file holds these (and a draft's `pending`). */
export const ENTRY_FIELDS = [
  'id',
  'set',
  'setRevision',
  'lang',
  'client',
  'participants',
  'formal',
  'tags',
  'status',
  'startedAt',
  'finishedAt',
  'answers',
] as const;

const pick = <T extends object>(o: T, fields: readonly string[]): T => {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (o as Record<string, unknown>)[f];
    if (v !== undefined) out[f] = v;
  }
  return out as T;
};

/** The entry with only the known fields, in the export's order (unknown fields are dropped). */
export const canonicalEntry = (e: Entry): Entry => {
  const c = pick(e, ENTRY_FIELDS) as Entry & { answers: Answer[] };
  return { ...c, tags: [...e.tags], answers: e.answers.map((a) => pick(a, answerFields)) };
};

/** The export document of `entries`, stamped with the clock's time. */
export const exportJson = (entries: readonly Entry[], clock: Clock): JournalExport => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: clock.now().toISOString(),
  entries: sortNewestFirst(entries).reverse().map(canonicalEntry),
});

/** The export as the text of a file (indented, ending in a newline). */
export const serializeExport = (doc: JournalExport): string => `${JSON.stringify(doc, null, 2)}\n`;
