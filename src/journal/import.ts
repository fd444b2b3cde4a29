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
import { checkEntries } from './shape.js';
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

/**
 * Reads, checks and adds the sessions of `file`: a json export, or a
 * layout-1 journal (with its drafts). Bytes that are not UTF-8 are refused,
 * never read as U+FFFD.
 */
export const importFile = async (journal: Journal, file: string): Promise<AddResult> => {
  const t = journalTexts(journal.lang);
  let bytes: Buffer | undefined;
  try {
    bytes = await readRegular(file);
  } catch {
    bytes = undefined;
  }
  if (bytes === undefined) throw fail(EXIT.usage, t.importMissing(file));
  if (await looksLayout1(file)) {
    const old = await readLayout1(file, journal.lang, passphraseCache(journal.importPassphrase, journal.lang));
    return journal.add([...old.entries, ...old.drafts.map((d) => asUnfinished(d))], { unfinishedAsDrafts: true, kind: 'imported' });
  }
  const text = utf8(bytes);
  if (text === undefined) throw fail(EXIT.usage, t.importBad(file, 'not valid UTF-8'));
  // an unfinished session comes back as a draft, so `resume` can finish it
  return journal.add(parseExport(text, file, journal.lang), { unfinishedAsDrafts: true, kind: 'imported' });
};
