/**
 * `journal import FILE`: sessions from a json export. The whole file is read
 * and checked before anything is written; a bad file (exit 2) writes nothing.
 * Ids are kept; an id already in the journal, or twice in the file, is
 * skipped and counted.
 */
import { readRegular, utf8 } from './atomic.js';
import { EXIT } from '../errors.js';
import { passphraseCache } from './crypto.js';
import { looksLayout1, readLayout1 } from './layout1.js';
import { asUnfinished } from './shape.js';
import { parseJson } from './json-file.js';
import { canonicalEntry, EXPORT_FORMAT, EXPORT_VERSION } from './export-json.js';
import { fail, journalTexts } from './messages.js';
import { checkEntries, entryProblem } from './shape.js';
import { NotJson, NotStreamable, NotUtf8, scanFile } from './export-stream.js';
import { stat } from 'node:fs/promises';
import type { AddResult, Journal } from './store.js';
import type { Entry } from '../domain/types.js';

/** The entries of an export's text; `source` names it in errors (exit 2). */
export const parseExport = (text: string, source: string, lang: string): Entry[] => {
  const t = journalTexts(lang);
  const doc = parseJson(text);
  if (doc === undefined) throw fail(EXIT.usage, t.importNotJson(source));
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw fail(EXIT.usage, t.importNotExport(source));
  const { format, version, entries } = doc as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) throw fail(EXIT.usage, t.importNotExport(source));
  if (version !== EXPORT_VERSION) {
    if (typeof version === 'number' && version > EXPORT_VERSION) throw fail(EXIT.usage, t.importNewer(source, version));
    throw fail(EXIT.usage, t.importBad(source, `version: ${String(version)}`));
  }
  const checked = checkEntries(entries);
  if (!checked.ok) throw fail(EXIT.usage, t.importBad(source, checked.where));
  return checked.value.map(canonicalEntry);
};

/** What the first read of a streamed export found, checked as `parseExport` checks the whole. */
const checkStreamed = async (file: string, lang: string): Promise<void> => {
  const t = journalTexts(lang);
  const top = new Map<string, unknown>();
  let notObject = false;
  let entries: 'missing' | 'list' | 'not a list' = 'missing';
  let problem: string | undefined;
  try {
    await scanFile(file, {
      member: (k, v) => void top.set(k, v),
      entriesNotList: () => void (entries = 'not a list'),
      entriesList: () => void (entries = 'list'),
      entry: (v, i) => {
        entries = 'list';
        if (problem === undefined) {
          const p = entryProblem(v);
          if (p) problem = `entries.${i}.${p}`;
        }
      },
      notObject: (v) => void (notObject = typeof v !== 'object' || v === null || Array.isArray(v)),
    });
  } catch (e) {
    if (e instanceof NotUtf8) throw fail(EXIT.usage, t.importBad(file, 'not valid UTF-8'));
    if (e instanceof NotJson) throw fail(EXIT.usage, t.importNotJson(file));
    throw e;
  }
  if (notObject) throw fail(EXIT.usage, t.importNotExport(file));
  if (top.get('format') !== EXPORT_FORMAT) throw fail(EXIT.usage, t.importNotExport(file));
  const version = top.get('version');
  if (version !== EXPORT_VERSION) {
    if (typeof version === 'number' && version > EXPORT_VERSION) throw fail(EXIT.usage, t.importNewer(file, version));
    throw fail(EXIT.usage, t.importBad(file, `version: ${String(version)}`));
  }
  if ((entries as string) !== 'list') throw fail(EXIT.usage, t.importBad(file, 'entries: not a list'));
  if (problem !== undefined) throw fail(EXIT.usage, t.importBad(file, problem));
};

/** How many sessions an import writes at a time. */
const BATCH = 256;

/**
 * A json export read twice a piece at a time: checked whole first (a bad
 * file writes nothing), then added in batches. Memory stays that of one
 * piece of the file, whatever its size. False when the file needs the whole parse.
 */
const importStreamed = async (journal: Journal, file: string): Promise<AddResult | false> => {
  try {
    await checkStreamed(file, journal.lang);
  } catch (e) {
    if (e instanceof NotStreamable) return false;
    throw e;
  }
  return journal.addMany(
    async (write) => {
      let batch: Entry[] = [];
      await scanFile(
        file,
        {
          member: () => undefined,
          entriesNotList: () => undefined,
          notObject: () => undefined,
          entry: (v) => void batch.push(canonicalEntry(v as Entry)),
        },
        async () => {
          while (batch.length > 0) {
            const now = batch.slice(0, BATCH);
            batch = batch.slice(BATCH);
            await write(now);
          }
        },
      );
    },
    { unfinishedAsDrafts: true, kind: 'imported' },
  );
};

/**
 * Reads, checks and adds the sessions of `file`: a json export, or a
 * layout-1 journal (with its drafts). Bytes that are not UTF-8 are refused,
 * never read as U+FFFD.
 */
export const importFile = async (journal: Journal, file: string): Promise<AddResult> => {
  const t = journalTexts(journal.lang);
  let there: boolean;
  try {
    there = (await stat(file)).isFile();
  } catch {
    there = false;
  }
  if (!there) throw fail(EXIT.usage, t.importMissing(file));
  if (await looksLayout1(file)) {
    const old = await readLayout1(file, journal.lang, passphraseCache(journal.folder.importPassphrase, journal.lang));
    return journal.add([...old.entries, ...old.drafts.map((d) => asUnfinished(d))], { unfinishedAsDrafts: true, kind: 'imported' });
  }
  const streamed = await importStreamed(journal, file);
  if (streamed !== false) return streamed;
  const bytes = await readRegular(file).catch(() => undefined);
  if (bytes === undefined) throw fail(EXIT.usage, t.importMissing(file));
  const text = utf8(bytes);
  if (text === undefined) throw fail(EXIT.usage, t.importBad(file, 'not valid UTF-8'));
  // an unfinished session comes back as a draft, so `resume` can finish it
  return journal.add(parseExport(text, file, journal.lang), { unfinishedAsDrafts: true, kind: 'imported' });
};
