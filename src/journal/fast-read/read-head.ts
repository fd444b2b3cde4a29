/** Reading one entry line's head (the keys before the answers, in oplos's order) and its end. */
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COMMA,
  escaped,
  K_ANSWERS,
  K_CLIENT,
  K_FINISHED,
  K_ID,
  K_LANG,
  K_REVISION,
  K_SET,
  K_STARTED,
  K_STATUS,
  K_TAGS,
  lit,
  numEnd,
  QUOTE,
  strAt,
  strEnd,
  timeAt,
  V_COMPLETE,
  V_UNFINISHED,
} from './bytes.js';
import type { Needs, ScanParts } from './scan.js';

/**
 * Reads one line's head (the keys before the answers, in oplos's order) and
 * end into `scan`; false when it is not the usual form.
 */
export const readHead = (
  scan: ScanParts,
  v: Buffer,
  s: number,
  end: number,
  pos: number,
  needs: Needs,
  watch: ReadonlySet<string>,
  tagCache: Map<string, readonly string[]>,
): boolean => {
  let i = lit(v, s, K_ID);
  if (i < 0) return false;
  const idStart = i;
  // the id's closing quote; an id that is not letters, digits, - and _ fails the shape check when parsed
  i = v.indexOf(QUOTE, i);
  const idLength = i - idStart;
  if (i < 0 || i >= end || idLength < 1 || idLength > 128) return false;

  i = lit(v, i + 1, K_SET);
  if (i < 0) return false;
  const setStart = i;
  const setEnd = strEnd(v, i, end);
  if (setEnd < 0) return false;
  const setEscaped = escaped;
  i = setEnd + 1;

  const afterRevision = lit(v, i, K_REVISION);
  if (afterRevision >= 0) {
    i = numEnd(v, afterRevision, end);
    if (i < 0) return false;
  }

  i = lit(v, i, K_LANG);
  if (i < 0) return false;
  i = strEnd(v, i, end);
  if (i < 0) return false;
  i++;

  let clientStart = -1;
  let clientEnd = -1;
  let clientEscaped = false;
  const afterClient = lit(v, i, K_CLIENT);
  if (afterClient >= 0) {
    clientStart = afterClient;
    clientEnd = strEnd(v, afterClient, end);
    if (clientEnd < 0) return false;
    clientEscaped = escaped;
    i = clientEnd + 1;
  }

  i = lit(v, i, K_TAGS);
  if (i < 0) return false;
  const tagsStart = i;
  if (v[i] !== CLOSE_BRACKET) {
    for (;;) {
      if (v[i] !== QUOTE) return false;
      i = strEnd(v, i + 1, end);
      if (i < 0) return false;
      i++;
      if (v[i] === CLOSE_BRACKET) break;
      if (v[i] !== COMMA) return false;
      i++;
    }
  }
  const tagsEnd = i;
  i++;

  i = lit(v, i, K_STATUS);
  if (i < 0) return false;
  let complete = true;
  let j = lit(v, i, V_COMPLETE);
  if (j < 0) {
    complete = false;
    j = lit(v, i, V_UNFINISHED);
    if (j < 0) return false;
  }

  i = lit(v, j, K_STARTED);
  if (i < 0) return false;
  const startedEnd = strEnd(v, i, end);
  if (startedEnd < 0) return false;
  const time = timeAt(v, i, startedEnd, escaped);
  if (Number.isNaN(time)) return false;
  i = startedEnd + 1;

  let finished = NaN;
  const afterFinished = lit(v, i, K_FINISHED);
  if (afterFinished >= 0) {
    const finishedEnd = strEnd(v, afterFinished, end);
    if (finishedEnd < 0) return false;
    finished = timeAt(v, afterFinished, finishedEnd, escaped);
    if (Number.isNaN(finished)) return false;
    i = finishedEnd + 1;
  }

  if (lit(v, i, K_ANSWERS) < 0) return false;

  // The end: the answers last (`]}`), or a finish time after them (`,"finishedAt":"…"}`).
  if (v[end - 1] !== CLOSE_BRACE) return false;
  if (v[end - 2] !== CLOSE_BRACKET) {
    if (v[end - 2] !== QUOTE || !Number.isNaN(finished)) return false;
    let q = end - 3;
    while (q > i && v[q] !== QUOTE && v[q] !== BACKSLASH) q--;
    if (v[q] !== QUOTE || lit(v, q - K_FINISHED.length + 1, K_FINISHED) !== q + 1) return false;
    finished = timeAt(v, q + 1, end - 2, false);
    if (Number.isNaN(finished)) return false;
  }

  let set = '';
  let client: string | undefined;
  let tags: readonly string[] = [];
  if (needs.set) {
    const x = strAt(v, setStart, setEnd, setEscaped);
    if (x === undefined) return false;
    set = x;
  }
  if (needs.client && clientStart >= 0) {
    client = strAt(v, clientStart, clientEnd, clientEscaped);
    if (client === undefined) return false;
  }
  if (needs.tags) {
    const raw = v.toString('utf8', tagsStart, tagsEnd);
    let list = tagCache.get(raw);
    if (list === undefined) {
      try {
        list = JSON.parse(`[${raw}]`) as string[];
      } catch {
        return false;
      }
      tagCache.set(raw, list);
    }
    tags = list;
  }
  let id = '';
  if (needs.ids || watch.size > 0) {
    id = v.toString('latin1', idStart, idStart + idLength);
    if (watch.has(id)) scan.present.add(id);
  }

  scan.from.push(pos + s);
  scan.to.push(pos + end);
  scan.time.push(time);
  scan.complete.push(complete);
  scan.finished.push(finished);
  if (needs.set) scan.set.push(set);
  if (needs.client) scan.client.push(client);
  if (needs.tags) scan.tags.push(tags);
  if (needs.ids) scan.ids.push(id);
  return true;
};
