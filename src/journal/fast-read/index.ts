/**
 * Reading a plain journal without parsing all of it, for the commands that
 * only read (`journal list/show/export`, `progress`, the last session of
 * `start`).
 *
 * The file oplos writes (serializeDoc in document.ts) is
 *
 *     {"version":1,"entries":[
 *     {"id":"…","set":"…",…,"startedAt":"…",…,"answers":[…]},
 *     …
 *     {"id":"…",…}]}
 *
 * one entry per line. The file is read in chunks of 1 MB (never as one big
 * string, which for 50,000 sessions costs more than everything else), and of
 * each line only a little is looked at:
 *
 * - For the start time (all a plain `list -n 5` or `--search` needs): the
 *   first `,"startedAt":"` of the line, found natively, with no `{` before it
 *   on the line. It is then a key of the entry itself, not of an answer or
 *   another object: those open with a `{`, and inside a JSON string every `"`
 *   is escaped, so the text can only be a key.
 * - For client, set, tags, status or finish time: the whole head, byte by
 *   byte, which must be the keys oplos writes before `"answers"` in oplos's
 *   order (id, set, setRevision, lang, client, tags, status, startedAt,
 *   finishedAt), and the line's end (`]}`, or `,"finishedAt":"…"}` as a
 *   finished session has it).
 *
 * Then only the lines that can make the cut are parsed (JSON.parse),
 * shape-checked and filtered exactly, newest first: with `-n 5`, about five.
 * A search first looks for its words in the line's raw text (see rawWords).
 *
 * A line of another form (another key order, other keys) is parsed whole
 * while scanning: it costs time, not correctness. Anything else unexpected
 * (an encrypted file, another version or layout, a line that is not `{…},`
 * or, the last, `{…}]}`, a damaged line that gets parsed) gives up
 * (`NotFast`), and the caller reads the file the full way, with all its
 * checks (exit 3, the file untouched).
 *
 * What the full read checks and this does not: the lines never parsed. A
 * damaged answer in an old session shows only when that session is read
 * (and on any full read: every write, for one). Two things JSON.stringify
 * never writes, only a hand edit can: a key twice in one entry (the head's
 * first value may then decide whether the entry is looked at), and an entry
 * whose first key is not `id`, which an older oplos put on the line of the
 * entry before it, where it is not seen (the next write gives it a line of
 * its own).
 */

export { timeOf } from './bytes.js';
export { lastSessionRows, pickLastSession, type LastSessionQuery } from './last-session.js';
export { NotFast } from './not-fast.js';
export { idsStartingWith, needsOf, queryRows, rawWords } from './query.js';
export { Rows } from './rows.js';
export { closeScan, scanJournal, type Needs, type Scan } from './scan.js';
