import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../src/journal/open.js';
import { draft, entry, oplosError, tempFolder } from './helpers/journal-fixtures.js';

let cleanup: () => Promise<void>;
let folder: string;
beforeEach(async () => {
  const t = await tempFolder();
  cleanup = t.cleanup;
  folder = path.join(t.dir, 'journal');
});
afterEach(() => cleanup());

const asking = (pass: string) => {
  const p = {
    calls: 0,
    provide: async () => {
      p.calls++;
      return pass;
    },
  };
  return p;
};
const secret = 'more calm at work';
const allText = async () => {
  const out: string[] = [];
  for (const n of await readdir(folder, { recursive: true })) {
    const f = path.join(folder, n);
    out.push(await readFile(f, 'utf8').catch(() => ''));
  }
  return out.join('\n');
};
const record = async () => JSON.parse(await readFile(path.join(folder, 'oplos-journal.json'), 'utf8'));

describe('encryption at rest, file by file', { timeout: 30_000 }, () => {
  it('seals every session file and draft, keeps the KDF and a key check in the record, and switches back', async () => {
    const plain = await openJournal({ path: folder, lang: 'en' });
    await plain.add([entry('a1', 1), entry('b2', 2)]);
    await plain.saveDraft(draft('d3', 3));
    await plain.encrypt('correct horse');
    expect(plain.encrypted).toBe(true);
    expect(await allText()).not.toContain(secret);
    expect(await allText()).not.toContain('Question');
    const r = await record();
    expect(r.encryption.kdf).toEqual({ name: 'scrypt', N: 32768, r: 8, p: 1 });
    expect(Buffer.from(r.encryption.salt, 'base64')).toHaveLength(16);
    expect(typeof r.encryption.check).toBe('string');
    expect(r.converting).toBeUndefined();
    // the names are those of a plain journal
    expect((await readdir(path.join(folder, 'sessions', '2026'))).sort()).toEqual([
      '2026-11-22T100000Z-a1.json',
      '2026-11-22T110000Z-b2.json',
    ]);

    const p = asking('correct horse');
    const again = await openJournal({ path: folder, lang: 'en', passphrase: p.provide });
    expect((await again.readAll()).map((e) => e.id)).toEqual(['d3', 'b2', 'a1']);
    expect((await again.query({ limit: 1 })).map((e) => e.id)).toEqual(['d3']);
    await again.add([entry('c4', 4)]);
    await again.saveDraft(draft('e5', 5));
    expect(p.calls).toBe(1);
    expect(await allText()).not.toContain(secret);

    await again.decrypt();
    expect(again.encrypted).toBe(false);
    expect((await record()).encryption).toBeUndefined();
    expect(await allText()).toContain(secret);
    const opened = await openJournal({ path: folder, lang: 'en' });
    expect((await opened.readAll()).map((e) => e.id)).toEqual(['e5', 'c4', 'd3', 'b2', 'a1']);
  });

  it('uses a fresh nonce for every write', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.encrypt('correct horse');
    await j.saveDraft(draft('n1'));
    const file = path.join(folder, 'unfinished', '2026-11-22T090000Z-n1.json');
    const first = JSON.parse(await readFile(file, 'utf8'));
    await j.saveDraft(draft('n1'));
    expect(JSON.parse(await readFile(file, 'utf8')).iv).not.toBe(first.iv);
  });

  it('refuses a wrong passphrase with exit 3 and changes nothing', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add([entry('a1')]);
    await j.encrypt('correct horse');
    const before = await allText();
    const wrong = await openJournal({ path: folder, lang: 'en', passphrase: async () => 'wrong' });
    expect((await oplosError(wrong.readAll())).exitCode).toBe(3);
    expect((await oplosError(wrong.add([entry('b2')]))).exitCode).toBe(3);
    expect((await oplosError(wrong.decrypt())).exitCode).toBe(3);
    expect(await allText()).toBe(before);
  });

  it('without a passphrase says how to give one (exit 3)', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add([entry('a1')]);
    await j.encrypt('correct horse');
    const e = await oplosError((await openJournal({ path: folder, lang: 'en' })).readAll());
    expect(e.exitCode).toBe(3);
    expect(e.hint).toContain('OPLOS_PASSPHRASE');
  });

  it('refuses to encrypt twice or decrypt a plain journal (exit 2), and an empty passphrase', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    expect((await oplosError(j.decrypt())).exitCode).toBe(2);
    expect((await oplosError(j.encrypt(''))).exitCode).toBe(2);
    await j.encrypt('correct horse');
    expect((await oplosError(j.encrypt('correct horse'))).exitCode).toBe(2);
  });

  it('a record whose scrypt parameters ask for too much memory or time is damaged (exit 3), without trying', async () => {
    await mkdir(folder, { recursive: true });
    const huge = {
      format: 'oplos-journal-folder',
      version: 2,
      encryption: { kdf: { name: 'scrypt', N: 2 ** 20, r: 32, p: 16 }, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', check: 'x' },
    };
    await writeFile(path.join(folder, 'oplos-journal.json'), JSON.stringify(huge));
    const p = asking('x');
    const e = await oplosError(openJournal({ path: folder, lang: 'en', passphrase: p.provide }));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('oplos-journal.json');
    expect(p.calls).toBe(0);
    for (const kdf of [
      { name: 'scrypt', N: 2 ** 20, r: 8, p: 1 },
      { name: 'scrypt', N: 2 ** 14, r: 8, p: 16 * 2 },
    ]) {
      await writeFile(path.join(folder, 'oplos-journal.json'), JSON.stringify({ ...huge, encryption: { ...huge.encryption, kdf } }));
      expect((await oplosError(openJournal({ path: folder, lang: 'en' }))).exitCode).toBe(3);
    }
  });
});
