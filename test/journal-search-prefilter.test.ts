import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { compileFilter, filterEntries, type EntryFilter } from '../src/journal/filter.js';
import { textPrefilter, unescapeJsonText } from '../src/journal/prefilter.js';
import { encodeSession } from '../src/journal/session-file.js';
import { openJournal } from '../src/journal/open.js';
import type { Entry } from '../src/domain/types.js';
import { answer, entry, tempFolder } from './helpers/journal-fixtures.js';

// text with what JSON escapes (quotes, backslashes, controls, lone surrogates) and what folding changes (case, NFD, Σ)
const piece = fc.constantFrom(
  '"',
  '\\',
  '\n',
  '\t',
  '\u0001',
  '\u00e9',
  'e\u0301',
  'Σ',
  'ΟΔΟΣ',
  'İ',
  'ß',
  'Koffie',
  '\ud83d\ude00',
  '\ud800',
  '/',
  ' ',
  '7',
  '1e2',
  'a',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const anEntry = fc
  .record({
    client: fc.option(text, { nil: undefined }),
    a: text,
    b: fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    list: fc.array(text, { maxLength: 3 }),
  })
  .map(
    ({ client, a, b, list }): Entry =>
      entry('e1', 0, { client, answers: [answer('hopes', a), answer('now', b as never), answer('best', list)] }),
  );

describe('the text pre-check of a search or a client', () => {
  it('undoes JSON string escapes as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => void expect(unescapeJsonText(JSON.stringify(s))).toBe(`"${s}"`)),
    );
  });

  it('never rejects the file of a session the exact filter keeps', async () => {
    await fc.assert(
      fc.asyncProperty(anEntry, text, fc.nat(), fc.boolean(), async (e, other, cut, byClient) => {
        const hay = [e.client ?? '', ...e.answers.map((a) => (Array.isArray(a.value) ? a.value.join(' ') : String(a.value ?? '')))].join(
          ' ',
        );
        // a word taken from the session itself (so it often matches) or any text
        const from = cut % (hay.length + 1);
        const word = cut % 3 === 0 ? other : hay.slice(from, from + 1 + (cut % 5));
        const f: EntryFilter = byClient ? { client: e.client ?? word } : { search: word };
        const c = compileFilter(f);
        const pre = textPrefilter(c);
        if (!pre || !c.keep(e)) return;
        expect(pre(await encodeSession(e as never, 'x.json', undefined))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('search and client through the journal give what the whole filter gives', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => void ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());

  const sessions: Entry[] = [
    entry('a1', 0, { client: 'Anna K', answers: [answer('hopes', 'een kop "koffie"\nen rust')] }),
    entry('a2', 1, { client: 'anna k ', answers: [answer('hopes', 'Caf\u00e9 met vrienden')] }),
    entry('a3', 2, { client: 'ΟΔΟΣ', answers: [answer('hopes', 'cafe\u0301 \\ thee'), answer('now', 7)] }),
    entry('a4', 3, { client: undefined, answers: [answer('best', ['koffie', 'wandelen']), answer('now', 100)] }),
    entry('a5', 4, { client: 'Bert', answers: [answer('hopes', 'niets')] }),
  ];
  const filters: EntryFilter[] = [
    { search: 'koffie' },
    { search: '"koffie"' },
    { search: 'KOP "KOFFIE" EN' },
    { search: 'café' },
    { search: 'cafe\u0301' },
    { search: '\\' },
    { search: 'οδος' },
    { search: '7' },
    { search: '100' },
    { search: 'rust wandelen' },
    { search: 'niemand' },
    { client: 'anna k' },
    { client: 'ANNA K' },
    { client: 'οδος' },
    { client: 'Bert' },
    { client: 'Anna' },
    { client: 'bert', search: 'niets' },
  ];

  for (const sealed of [false, true]) {
    it(sealed ? 'in an encrypted journal' : 'in a plain journal', async () => {
      const folder = path.join(dir, 'journal');
      const j = await openJournal({ path: folder, lang: 'en', passphrase: async () => 'correct horse' });
      await j.add(sessions);
      if (sealed) await j.encrypt('correct horse');
      const all = await j.readAll();
      for (const f of filters)
        expect(
          (await j.query(f)).map((e) => e.id),
          JSON.stringify(f),
        ).toEqual(filterEntries(all, f).map((e) => e.id));
      expect((await j.query({ search: 'koffie' })).map((e) => e.id)).toEqual(['a4', 'a1']);
    });
  }
});
