/**
 * The line index beside a plain journal (src/journal/fast-read/line-index.ts):
 * written with every write, used only for the very file it was made for,
 * and never trusted: whatever is wrong with it, reads give what the full
 * read gives.
 */
import { closeSync } from 'node:fs';
import { mkdir, readFile, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDoc } from '../src/journal/document.js';
import { scanJournal } from '../src/journal/fast-read/index.js';
import { filterEntries } from '../src/journal/filter.js';
import { pickLastSession } from '../src/journal/fast-read/index.js';
import { openJournal } from '../src/journal/store.js';
import type { Entry } from '../src/domain/types.js';
import { entry, tempFolder } from './helpers/journal-fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
let index: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  file = path.join(dir, 'journal.json');
  index = `${file}.index`;
});
afterEach(() => cleanup());

/** Did a scan of the journal come from the index (typed arrays) or from reading every line? */
const scannedFrom = (needs = {}): 'index' | 'lines' => {
  const scan = scanJournal(file, needs, new Set());
  if (scan.fd !== undefined) closeSync(scan.fd);
  return scan.time instanceof Float64Array ? 'index' : 'lines';
};

/** Twelve sessions with answers of different lengths and non-ASCII text, so byte offsets matter. */
const sessions = (): Entry[] =>
  Array.from({ length: 12 }, (_, k) =>
    entry(`id-${String(k).padStart(2, '0')}`, (k * 7) % 12, {
      client: k % 4 === 0 ? undefined : k % 4 === 1 ? 'Anna' : 'P.',
      set: k % 3 === 0 ? 'follow-up' : 'first-session',
      ...(k % 5 === 0 ? { status: 'unfinished' as const, finishedAt: undefined } : {}),
      answers: [
        { question: 'hopes', phase: 'hopes', kind: 'text', asked: 'Hoop?', value: `één ${'ß'.repeat(k)} koffie ${k % 3 === 0 ? 'fiets' : ''} 😀`, answeredAt: '2026-11-22T09:41:02.000Z' },
      ],
    }),
  );

/** What the full read gives for the usual list queries. */
const expectSameAsFullRead = async () => {
  const j = await openJournal({ path: file, lang: 'en' });
  const all = await j.readAll();
  for (const f of [{}, { limit: 5 }, { limit: 1 }, { search: 'koffie fiets', limit: 3 }, { search: 'ß 😀' }, { client: 'anna', limit: 2 }, { set: 'follow-up' }, { tags: ['intake'], limit: 3 }]) {
    const got = await j.queryWithTotal(f);
    expect(got.entries, JSON.stringify(f)).toEqual(filterEntries(all, f, 'en'));
    expect(got.total).toBe(all.length);
  }
  expect((await j.get('id-07')).id).toBe('id-07');
  for (const client of [undefined, 'Anna', 'P.', 'nobody'])
    for (const sets of [['first-session'], ['follow-up', 'first-session']])
      expect(await j.lastSession({ sets, ...(client ? { client } : {}) }), `${client} ${sets}`).toEqual(
        pickLastSession(all, { sets, ...(client ? { client } : {}) }),
      );
};

describe('the line index', () => {
  it('is written with the journal and used for list, search and show', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add(sessions());
    expect((await stat(index)).mode & 0o777).toBe(0o600);
    expect(scannedFrom()).toBe('index');
    expect(scannedFrom({ ids: true })).toBe('index');
    expect(scannedFrom({ client: true, set: true, status: true })).toBe('index');
    // what the index does not hold (tags) is read from the lines
    expect(scannedFrom({ tags: true })).toBe('lines');
    await expectSameAsFullRead();
  });

  it('is not used once the journal changed behind its back', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add(sessions());
    // a hand edit: one session fewer, the file rewritten in oplos's own layout
    const entries = (JSON.parse(await readFile(file, 'utf8')) as { entries: Entry[] }).entries.slice(1);
    await writeFile(file, serializeDoc({ version: 1, entries }));
    expect(scannedFrom()).toBe('lines');
    await expectSameAsFullRead();
  });

  it('is not used when the journal has the same size but another time', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add(sessions());
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('koffie', 'thee!!')); // same length
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);
    expect(scannedFrom()).toBe('lines');
    await expectSameAsFullRead();
  });

  // the index's arrays after its 64-byte header, for these 12 sessions: starts, start times, finish times, flags
  it.each([
    ['wrong start times', (b: Buffer) => b.writeDoubleLE(1, 64 + 8 * 12 + 8)],
    ['wrong line offsets', (b: Buffer) => b.writeDoubleLE(b.readDoubleLE(64 + 8) + 3, 64 + 8)],
    ['swapped ids', (b: Buffer) => b.write('id-08\nid-07', b.indexOf('id-07\nid-08'), 'latin1')],
    ['swapped clients', (b: Buffer) => b.write('P.\nAnna', b.lastIndexOf('Anna\nP.'), 'latin1')],
    ['a wrong finish time', (b: Buffer) => b.writeDoubleLE(0, 64 + 16 * 12 + 8)],
    ['a wrong status', (b: Buffer) => b.writeUInt8(1 - (b[64 + 24 * 12] as number), 64 + 24 * 12)],
    ['a foreign byte order', (b: Buffer) => b.writeDoubleBE(1.5, 8)],
  ])('with %s (and the journal untouched) reads give what the full read gives', async (_name, spoil) => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add(sessions());
    const b = await readFile(index);
    spoil(b);
    await writeFile(index, b);
    await expectSameAsFullRead();
  });

  it('a single bit flipped in any line start, time, finish time or flag, and it is not used', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add(sessions());
    const good = await readFile(index);
    const all = { status: true, set: true, client: true, ids: true };
    expect(scannedFrom(all)).toBe('index');
    // 64-byte header, then 12 starts, 12 start times, 12 finish times (8 bytes each), 12 flags
    for (let at = 64; at < 64 + 24 * 12 + 12; at++) {
      for (const bit of [0, 7]) {
        const b = Buffer.from(good);
        b[at] = (b[at] as number) ^ (1 << bit);
        await writeFile(index, b);
        expect(scannedFrom(all), `byte ${at}, bit ${bit}`).toBe('lines');
      }
    }
  });

  it.each([
    ['cut short', async () => truncate(index, 100)],
    ['empty', async () => writeFile(index, '')],
    ['something else', async () => writeFile(index, 'OPLOSIX1 but then nothing that fits')],
  ])('%s, it is not used', async (_name, spoil) => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add(sessions());
    await spoil();
    expect(scannedFrom()).toBe('lines');
    await expectSameAsFullRead();
  });

  it('an encrypted journal has none; decrypted, it has one again', { timeout: 30_000 }, async () => {
    const j = await openJournal({ path: file, lang: 'en', passphrase: async () => 'correct horse battery' });
    await j.add(sessions());
    await j.encrypt('correct horse battery');
    await expect(stat(index)).rejects.toThrow();
    await j.add([entry('id-99', 20)]);
    await expect(stat(index)).rejects.toThrow();
    await j.decrypt();
    expect(scannedFrom()).toBe('index');
    await expectSameAsFullRead();
  });

  it.each([
    ['a line break', 'Anna\nK'],
    ['a NUL, which stands for no client', 'Anna\u0000'],
    ['nothing but that NUL', '\u0000'],
  ])('is not made when a client label holds %s; reads scan the lines', async (_name, client) => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([...sessions(), entry('id-99', 20, { client })]);
    await expect(stat(index)).rejects.toThrow();
    expect(scannedFrom({ client: true })).toBe('lines');
    expect((await j.queryWithTotal({ client, limit: 1 })).entries.map((e) => e.id)).toEqual(['id-99']);
    await expectSameAsFullRead();
  });

  it('a write succeeds when the index cannot be written', async () => {
    await mkdir(index, { recursive: true }); // a folder where the index would go
    const j = await openJournal({ path: file, lang: 'en' });
    expect(await j.add(sessions())).toEqual({ added: 12, skipped: 0 });
    expect(scannedFrom()).toBe('lines');
    await expectSameAsFullRead();
  });
});
