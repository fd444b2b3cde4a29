/**
 * The read-only fast path (src/journal/fast-read/): for random journals
 * with awkward texts, key orders and start times, `query`, `get` and
 * `lastSession` give exactly what the full read (readAll + filterEntries,
 * findLastSession) gives; and whatever it does not expect goes to the full
 * read, with its damage checks.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findLastSession } from '../src/engine/last-session.js';
import { serializeDoc } from '../src/journal/document.js';
import { rawWords, scanJournal, timeOf } from '../src/journal/fast-read/index.js';
import { closeSync } from 'node:fs';
import { filterEntries, type EntryFilter } from '../src/journal/filter.js';
import { resolvePrefix } from '../src/journal/ids.js';
import { entryProblem } from '../src/journal/shape.js';
import { Journal, openJournal } from '../src/journal/store.js';
import type { Answer, Entry } from '../src/domain/types.js';
import { OplosError } from '../src/errors.js';
import { entry, oplosError, tempFolder } from './helpers/journal-fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  file = path.join(dir, 'journal.json');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

/** A small seeded random source (mulberry32), so a failure can be replayed. */
const random = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
type Rnd = ReturnType<typeof random>;
const pick = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const some = <T>(rnd: Rnd, list: readonly T[], p = 0.3): T[] => list.filter(() => rnd() < p);

/** Texts that could fool a reader of raw JSON lines, or a case-insensitive search. */
const FRAGMENTS = [
  'koffie',
  'Fiets',
  'één',
  'ÉÉN',
  'e\u0301en', // é decomposed
  '"startedAt":"2099-01-01T00:00:00.000Z"',
  ',"startedAt":"2099-01-01T00:00:00.000Z"',
  '{"id":"zzz","set":"x"',
  '},\n{"id":"evil",',
  '"client":"Anna K"',
  'back\\slash',
  'quote"d',
  'line\nbreak',
  'tab\there',
  'ΣΟΦΙΑΣ',
  'σοφίας',
  'İstanbul',
  '\u212Aelvin', // Kelvin sign: folds to k
  '😀 emoji',
  'nul\u0000char',
  'sep\u2028line',
  '\\u00e9 not an escape',
  '/slash/',
  'ﬁne ligature',
  'Straße',
  '\u0301leading mark',
  'n\u0303',
  ']}',
  '},',
];
const CLIENTS = [undefined, 'P.', ' p. ', 'Anna K', 'ANNA K', 'Σίσυφος', 'ΣΊΣΥΦΟΣ', 'a"b', 'back\\slash', '   ', 'é', 'e\u0301'];
const SETS = ['first-session', 'follow-up', 'weird "set"', 'ünï'];
const TAGS = ['intake', 'Team', 'team', 'werk "x"', 'ÉÉN', 'één'];
const ODD_TIMES = [
  '2026-03-01T10:00:00+01:00',
  '2026-03-01',
  '2026-02-30T00:00:00.000Z', // Date.parse runs on to 2 March
  '2026-04-31T23:59:59.999Z',
  '0050-06-01T00:00:00.000Z',
  '2026-03-01T10:00:00Z',
  'March 7, 2026 10:00',
  '+010000-01-01T00:00:00.000Z',
];

const text = (rnd: Rnd): string =>
  Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(rnd, FRAGMENTS)).join(rnd() < 0.5 ? ' ' : '');

const answerOf = (rnd: Rnd, k: number): Answer => {
  const kind = pick(rnd, ['text', 'scale', 'list', 'confirm', 'skip'] as const);
  const value = kind === 'text' ? text(rnd) : kind === 'scale' ? Math.floor(rnd() * 11) : kind === 'list' ? [text(rnd), text(rnd)] : kind === 'confirm' ? rnd() < 0.5 : undefined;
  const a: Record<string, unknown> = { question: `q${k}`, phase: 'p', kind, asked: text(rnd) };
  if (value === undefined) a['skipped'] = true;
  else a['value'] = value;
  a['answeredAt'] = '2026-01-01T10:00:00.000Z';
  // now and then an extra field with an object that has a startedAt of its own
  if (rnd() < 0.1) a['meta'] = { id: 'zzz', startedAt: '2099-12-31T00:00:00.000Z' };
  return a as unknown as Answer;
};

const BASE = Date.UTC(2026, 0, 1);
const shuffle = <T>(rnd: Rnd, list: T[]): T[] => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
};

/** One random entry, its keys in one of the orders oplos writes, or (now and then) another. */
const entryOf = (rnd: Rnd, id: string, times: number[]): Entry => {
  const started = rnd() < 0.1 ? pick(rnd, ODD_TIMES) : new Date(pick(rnd, times)).toISOString();
  const finished = rnd() < 0.8 ? new Date(Date.parse(started) + Math.floor(rnd() * 4) * 600_000).toISOString() : undefined;
  const client = pick(rnd, CLIENTS);
  const fields: [string, unknown][] = [
    ['id', id],
    ['set', pick(rnd, SETS)],
    ...(rnd() < 0.8 ? [['setRevision', pick(rnd, [1, 2, 3.5, 1e21, -0])] as [string, unknown]] : []),
    ['lang', pick(rnd, ['nl', 'en'])],
    ...(client !== undefined ? [['client', client] as [string, unknown]] : []),
    ['tags', some(rnd, TAGS)],
    ['status', rnd() < 0.85 ? 'complete' : 'unfinished'],
    ['startedAt', started],
  ];
  const answers: [string, unknown] = ['answers', Array.from({ length: Math.floor(rnd() * 4) }, (_, k) => answerOf(rnd, k))];
  const fin: [string, unknown][] = finished ? [['finishedAt', finished]] : [];
  const order = rnd();
  let list: [string, unknown][];
  if (order < 0.4) list = [...fields, answers, ...fin]; // as a session writes it
  else if (order < 0.8) list = [...fields, ...fin, answers]; // as an import writes it
  else if (order < 0.88) list = [fields[0] as [string, unknown], ...shuffle(rnd, [...fields.slice(1), answers, ...fin])];
  else if (order < 0.94) list = shuffle(rnd, [...fields, answers, ...fin]);
  else list = [...fields.slice(0, 2), ['note', { tags: ['x'], startedAt: '2099-01-01T00:00:00.000Z', status: 'complete' }], ...fields.slice(2), answers, ...fin];
  return Object.fromEntries(list) as unknown as Entry;
};

const ID_CHARS = 'abcdefABCDEF0123456789_-';
const journalOf = (rnd: Rnd, n: number): Entry[] => {
  // few distinct times, so that ties (broken by id) are common
  const times = Array.from({ length: Math.max(1, Math.floor(n / 3)) }, () => BASE + Math.floor(rnd() * 90) * 86_400_000 + Math.floor(rnd() * 3) * 3_600_000);
  const ids = new Set<string>();
  while (ids.size < n) ids.add(Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(rnd, [...ID_CHARS])).join(''));
  return [...ids].map((id) => entryOf(rnd, id, times));
};

const filterOf = (rnd: Rnd, entries: readonly Entry[]): EntryFilter => {
  const f: Record<string, unknown> = {};
  if (rnd() < 0.3) f['client'] = pick(rnd, CLIENTS.filter((c) => c !== undefined));
  if (rnd() < 0.25) f['set'] = pick(rnd, SETS);
  if (rnd() < 0.2) f['from'] = new Date(BASE + Math.floor(rnd() * 90) * 86_400_000).toISOString().slice(0, 10);
  if (rnd() < 0.2) f['to'] = new Date(BASE + Math.floor(rnd() * 90) * 86_400_000).toISOString().slice(0, 10);
  if (rnd() < 0.2) f['tags'] = some(rnd, TAGS, 0.25);
  if (rnd() < 0.5) {
    // words of the texts in the journal, and a few that are not there
    const words = [...FRAGMENTS.join(' ').split(/\s+/), 'Koffie', 'STARTEDAT', '"startedat":"2099', 'σ', 'ς', 'k', 'é', '\u0301', 'nowhere'];
    const own = entries.flatMap((e) => e.answers.map((a) => a.asked)).join(' ').split(/\s+/).filter(Boolean);
    f['search'] = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(rnd, rnd() < 0.5 && own.length ? own : words)).join(' ');
  }
  if (rnd() < 0.6) f['limit'] = 1 + Math.floor(rnd() * 6);
  return f as EntryFilter;
};

/** What `get` gave before: over readAll. */
const fullGet = (all: readonly Entry[], prefix: string): Entry => {
  const id = resolvePrefix(
    all.map((e) => e.id),
    prefix,
    'en',
  );
  return all.find((e) => e.id === id) as Entry;
};
const outcome = async <T>(p: Promise<T>): Promise<T | string> => {
  try {
    return await p;
  } catch (e) {
    if (e instanceof OplosError) return `${e.exitCode}: ${e.message}`;
    throw e;
  }
};

describe('journal fast read: the same answers as the full read', () => {
  it.each(Array.from({ length: 24 }, (_, k) => 1000 + k))('journal with seed %i', async (seed) => {
    const rnd = random(seed);
    const entries = journalOf(rnd, 5 + Math.floor(rnd() * 60));
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add(entries);
    // a few unfinished sessions beside it
    for (const e of some(rnd, entries, 0.05)) {
      const { finishedAt: _f, ...rest } = entry(`draft${e.id}`, Math.floor(rnd() * 2000));
      await j.saveDraft({ entry: { ...rest, client: e.client ?? 'P.', status: 'unfinished' } });
    }
    const all = await j.readAll();
    expect(all).toHaveLength(entries.length + (await j.listDrafts()).length);

    const load = vi.spyOn(Journal.prototype, 'load');
    for (let k = 0; k < 40; k++) {
      const f = filterOf(rnd, entries);
      const expected = filterEntries(all, f, 'en');
      const { entries: got, total } = await j.queryWithTotal(f);
      expect(got, JSON.stringify(f)).toEqual(expected);
      expect(total).toBe(all.length);
    }
    for (const prefix of ['', ' ', 'a', 'A', 'b', '0', '-', '_', 'zz', ...entries.slice(0, 8).map((e) => e.id), ...entries.slice(0, 4).map((e) => ` ${e.id.slice(0, 2)} `)]) {
      expect(await outcome(j.get(prefix)), prefix).toEqual(await outcome(Promise.resolve().then(() => fullGet(all, prefix))));
    }
    for (const client of CLIENTS) {
      for (const set of [{ id: 'first-session' }, { id: 'follow-up', continues: 'first-session' }, { id: 'weird "set"', continues: 'ünï' }]) {
        const expected = findLastSession(all, { set, ...(client !== undefined ? { client } : {}) });
        const got = await j.lastSession({ sets: [set.id, ...(set.continues ? [set.continues] : [])], ...(client !== undefined ? { client } : {}) });
        expect(got, `${client} ${set.id}`).toEqual(expected);
      }
    }
    // none of that needed the full read
    expect(load).not.toHaveBeenCalled();
  });

  it('handles drafts as readAll does: a draft whose session is in the journal, a completion cut off', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([entry('a1', 1), entry('b2', 2), entry('c3', 3)]);
    const { finishedAt: _f, ...open } = entry('d4', 4);
    await j.saveDraft({ entry: { ...open, status: 'unfinished' } });
    await j.saveDraft({ entry: { ...entry('b2', 2), status: 'unfinished' } }); // left behind after completing
    const { finishedAt: _g, ...cut } = entry('e5', 5);
    await j.saveDraft({ entry: { ...cut, status: 'unfinished' } });
    await rename(path.join(`${file}.drafts`, 'e5.json'), path.join(`${file}.drafts`, 'e5.completing'));

    const got = await j.queryWithTotal({});
    expect(got.entries.map((e) => [e.id, e.status])).toEqual([
      ['e5', 'unfinished'],
      ['d4', 'unfinished'],
      ['c3', 'complete'],
      ['b2', 'complete'],
      ['a1', 'complete'],
    ]);
    expect(got.total).toBe(5);
    expect(await j.query({ limit: 2 })).toEqual(await j.readAll().then((all) => all.slice(0, 2)));
    expect((await j.listDrafts()).map((d) => d.entry.id).sort()).toEqual(['d4', 'e5']);
  });

  it('reads a missing journal as empty, and creates nothing', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    expect(await j.queryWithTotal({ limit: 5 })).toEqual({ entries: [], total: 0 });
    expect(await j.lastSession({ sets: ['first-session'] })).toBeUndefined();
    expect((await oplosError(j.get('a'))).exitCode).toBe(2);
    await expect(readFile(file)).rejects.toThrow();
  });

  it('checks the filter as filterEntries does (exit 2)', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([entry('a1')]);
    expect((await oplosError(j.query({ from: 'yesterday' }))).exitCode).toBe(2);
    expect((await oplosError(j.query({ limit: 0 }))).exitCode).toBe(2);
  });

  it('writes each entry on a line of its own, whatever the order of its keys', () => {
    const plain = [entry('a1', 1), entry('b2', 2)];
    const doc = { version: 1, entries: plain };
    // the same text as before for entries that start with their id
    const before = `${JSON.stringify(doc).replace('"entries":[{', '"entries":[\n{').replaceAll('},{"id":', '},\n{"id":')}\n`;
    expect(serializeDoc(doc)).toBe(before);
    expect(serializeDoc({ version: 1, entries: [] })).toBe('{"version":1,"entries":[]}\n');
    const { id, ...rest } = entry('c3');
    const odd = { ...rest, id } as Entry;
    const text = serializeDoc({ version: 1, entries: [...plain, odd] });
    expect(text.split('\n')).toHaveLength(5);
    expect(JSON.parse(text)).toEqual({ version: 1, entries: [...plain, odd] });
  });

  it('finds words in a journal whose texts are written with \\u and \\/ escapes', async () => {
    const entries = [
      entry('a1', 1, { client: 'Één', answers: [{ ...entry('a1').answers[1]!, value: 'één/twee café' }] }),
      entry('b2', 2, { answers: [{ ...entry('b2').answers[1]!, value: 'koffie' }] }),
    ];
    // as another program might write it: every non-ASCII char and every / escaped
    const escaped = serializeDoc({ version: 1, entries })
      .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .replaceAll('/', '\\/');
    await writeFile(file, escaped);
    const j = await openJournal({ path: file, lang: 'en' });
    const all = await j.readAll();
    for (const search of ['één', 'twee', 'één/twee', 'café', 'koffie', 'ÉÉN']) {
      expect(await j.query({ search }), search).toEqual(filterEntries(all, { search }));
    }
    expect((await j.query({ search: 'één/twee' })).map((e) => e.id)).toEqual(['a1']);
    expect((await j.query({ client: 'één' })).map((e) => e.id)).toEqual(['a1']);
  });

  it('finds words that read differently in the raw text: a sigma after an escape, a mark after one', async () => {
    const said = (id: string, value: string) => entry(id, 1, { answers: [{ ...entry(id).answers[1]!, value }] });
    const entries = [said('a1', 'x\nΣ y'), said('b2', 'x\n\u0303y'), said('c3', 'x\tΣ'), said('d4', 'q"σ')];
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add(entries);
    const all = await j.readAll();
    for (const search of ['σ', 'ς', '\u0303y', 'Σ y', 'xσ', '"σ']) {
      const expected = filterEntries(all, { search });
      if (search === 'σ' || search === '\u0303y') expect(expected.length, search).toBeGreaterThan(0);
      expect(await j.query({ search }), search).toEqual(expected);
    }
  });

  it('reads the lines oplos writes by their head, without parsing them', async () => {
    const { finishedAt, ...rest } = entry('a1', 1, { client: 'Anna "K"', tags: ['x\\y', 'één'] });
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([{ ...rest, finishedAt } as Entry, entry('b2', 2, { client: undefined, setRevision: undefined }), entry('c3', 3, { status: 'unfinished', finishedAt: undefined })]);
    for (const needs of [{}, { ids: true }, { status: true, set: true, client: true, tags: true, ids: true }]) {
      const scan = scanJournal(file, needs, new Set(['b2']));
      closeSync(scan.fd as number);
      expect(scan.parsed.size).toBe(0);
      expect([...Array.from(scan.time)]).toEqual([1, 2, 3].map((n) => Date.UTC(2026, 10, 22, 9) + n * 3_600_000));
      expect([...scan.present]).toEqual(['b2']);
      if (needs.status) {
        expect(scan.complete).toEqual([true, true, false]);
        expect(scan.client).toEqual(['Anna "K"', undefined, 'P.']);
        expect(scan.tags).toEqual([['x\\y', 'één'], ['intake'], ['intake']]);
        expect(scan.finished).toEqual([Date.parse(finishedAt as string), Date.UTC(2026, 10, 22, 11, 30), NaN]);
      }
    }
  });

  it('takes start times as Date.parse does, for any text', () => {
    const rnd = random(7);
    const chars = '0123456789-:.TZ+ /Oa\u0660';
    for (let k = 0; k < 20_000; k++) {
      const t = new Date(Date.UTC(Math.floor(rnd() * 12_000) - 1000, 0, 1) + Math.floor(rnd() * 366 * 86_400_000)).toISOString();
      // a good time, or one with a char or two changed
      let s = t;
      for (let c = Math.floor(rnd() * 3); c > 0; c--) {
        const at = Math.floor(rnd() * s.length);
        s = s.slice(0, at) + pick(rnd, [...chars]) + s.slice(at + 1);
      }
      expect(Object.is(timeOf(s), Date.parse(s)), s).toBe(true);
      // and the shape check (which skips Date.parse for the toISOString form) agrees with Date.parse
      if (k % 10 === 0) expect(entryProblem({ ...entry('a1'), startedAt: s }) === undefined, s).toBe(!Number.isNaN(Date.parse(s)));
    }
    for (const s of ['2026-02-29T00:00:00.000Z', '2024-02-30T23:59:59.999Z', '2026-12-31T24:00:00.000Z', '0000-01-01T00:00:00.000Z', '2026-00-10T00:00:00.000Z', '2026-01-00T00:00:00.000Z', '2026-01-32T00:00:00.000Z', '2026-01-01T00:60:00.000Z', '2026-01-01T00:00:60.000Z', '1969-12-31T23:59:59.999Z']) {
      expect(Object.is(timeOf(s), Date.parse(s)), s).toBe(true);
    }
  });

  it('does not look in the raw text for words JSON escapes or Unicode could change there', () => {
    expect(rawWords(['koffie', 'één', 'a"b', 'c\\d', 'tab\t', 'σοφία', 'ς', '\u0301x', '\ud800'])).toEqual(['koffie', 'één']);
  });
});

describe('journal fast read: what it leaves to the full read', () => {
  const entries = [entry('a1', 1), entry('b2', 2, { client: 'Anna' }), entry('c3', 3)];

  it('an encrypted journal', { timeout: 30_000 }, async () => {
    const j = await openJournal({ path: file, lang: 'en', passphrase: async () => 'pw' });
    await j.add(entries);
    await j.encrypt('pw');
    const again = await openJournal({ path: file, lang: 'en', passphrase: async () => 'pw' });
    expect(await again.query({ limit: 2 })).toEqual(filterEntries(await again.readAll(), { limit: 2 }));
    expect(await again.queryWithTotal({ client: 'anna' })).toEqual({ entries: [entries[1]], total: 3 });
    expect((await again.lastSession({ sets: ['first-session'], client: 'P.' }))?.id).toBe('c3');
    expect((await again.get('b')).id).toBe('b2');
    expect(again.encrypted).toBe(true);
  });

  it('a journal in another layout (one pretty-printed document)', async () => {
    await writeFile(file, JSON.stringify({ version: 1, entries }, null, 2));
    const j = await openJournal({ path: file, lang: 'en' });
    const load = vi.spyOn(Journal.prototype, 'load');
    expect(await j.queryWithTotal({ limit: 2 })).toEqual({ entries: [entries[2], entries[1]], total: 3 });
    expect(await j.query({ search: 'CALM', client: 'p.' })).toEqual([entries[2], entries[0]]);
    expect((await j.get('a')).id).toBe('a1');
    expect(load).toHaveBeenCalled();
  });

  const lines = async (): Promise<string[]> => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add(entries);
    return (await readFile(file, 'utf8')).split('\n');
  };
  const damaged: [string, (l: string[]) => string[], RegExp][] = [
    ['a line that is not JSON', (l) => l.map((x, i) => (i === 3 ? x.replace('"answers":[{', '"answers":[{{') : x)), /not valid JSON/],
    ['a line with a bad status', (l) => l.map((x, i) => (i === 3 ? x.replace('"status":"complete"', '"status":"done"') : x)), /entries\.2\.status/],
    ['a line with a bad answer', (l) => l.map((x, i) => (i === 3 ? x.replace('"value":4', '"value":{"x":4}') : x)), /entries\.2\.answers\.0\.value/],
    ['a bad start time', (l) => l.map((x, i) => (i === 3 ? x.replace(/"startedAt":"[^"]*"/, '"startedAt":"2026-11-22T25:00:00.000Z"') : x)), /entries\.2\.startedAt/],
    ['something after the end', (l) => [...l.slice(0, -1), 'oops', ''], /not valid JSON/],
    ['a line cut off', (l) => [l[0] as string, l[1] as string, (l[3] as string).slice(0, 40), ''], /not valid JSON/],
    ['a newer version in the same layout', (l) => [l[0]!.replace('"version":1', '"version":2'), ...l.slice(1)], /newer oplos/],
  ];

  it.each(damaged)('%s that the query reads: exit 3 naming the file, and the file is not changed', async (_name, change, message) => {
    await writeFile(file, change(await lines()).join('\n'));
    const before = await readFile(file);
    const j = await openJournal({ path: file, lang: 'en' });
    for (const attempt of [() => j.query({ limit: 1 }), () => j.queryWithTotal({}), () => j.get('c3'), () => j.lastSession({ sets: ['first-session'], client: 'p.' })]) {
      const e = await oplosError(attempt());
      expect(e.exitCode).toBe(3);
      expect(e.message).toContain(file);
      expect(e.message).toMatch(message);
    }
    expect(await readFile(file)).toEqual(before);
  });

  it('a damaged line the query does not need to read goes unnoticed by it (but not by a full read)', async () => {
    await writeFile(file, (await lines()).map((x, i) => (i === 1 ? x.replace('"value":4', '"value":{"x":4}') : x)).join('\n'));
    const j = await openJournal({ path: file, lang: 'en' });
    expect((await j.query({ limit: 1 })).map((e) => e.id)).toEqual(['c3']);
    expect((await oplosError(j.readAll())).exitCode).toBe(3);
    expect((await oplosError(j.query({}))).exitCode).toBe(3);
  });
});
