import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../src/journal/store.js';
import { draft, entry, oplosError, tempFolder } from './helpers/journal-fixtures.js';

let cleanup: () => Promise<void>;
let file: string;
let drafts: string;
beforeEach(async () => {
  const t = await tempFolder();
  cleanup = t.cleanup;
  file = path.join(t.dir, 'journal.json');
  drafts = `${file}.drafts`;
});
afterEach(() => cleanup());

/** A passphrase provider that counts how often it is asked. */
const asking = (pass: string) => {
  const p = { calls: 0, provide: async () => (p.calls++, pass) };
  return p;
};

const secret = 'more calm at work';
const draftFile = (id: string) => path.join(drafts, `${id}.json`);

describe('encryption at rest', { timeout: 30_000 }, () => {
  it('switches a journal and its drafts to encryption and back, in place', async () => {
    const plain = await openJournal({ path: file, lang: 'en' });
    await plain.add([entry('a1', 1), entry('b2', 2)]);
    await plain.saveDraft(draft('d3', 3));
    await plain.encrypt('correct horse');
    expect(plain.encrypted).toBe(true);

    const envelope = JSON.parse(await readFile(file, 'utf8'));
    expect(Object.keys(envelope).sort()).toEqual(['data', 'iv', 'kdf', 'oplos-encrypted', 'salt', 'tag']);
    expect(Buffer.from(envelope.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(envelope.iv, 'base64')).toHaveLength(12);
    expect(await readFile(file, 'utf8')).not.toContain(secret);
    expect(await readFile(draftFile('d3'), 'utf8')).not.toContain('Question');
    expect(JSON.parse(await readFile(draftFile('d3'), 'utf8'))['oplos-encrypted']).toBe(1);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const p = asking('correct horse');
    const enc = await openJournal({ path: file, lang: 'en', passphrase: p.provide });
    expect(enc.encrypted).toBe(true);
    expect((await enc.readAll()).map((e) => [e.id, e.status])).toEqual([
      ['d3', 'unfinished'],
      ['b2', 'complete'],
      ['a1', 'complete'],
    ]);
    expect((await enc.get('a1')).answers[1]?.value).toBe(secret);
    await enc.saveDraft(draft('e4', 4));
    await enc.completeDraft(entry('d3', 3));
    expect(await readFile(draftFile('e4'), 'utf8')).not.toContain('Question');
    expect(await readFile(file, 'utf8')).not.toContain(secret);
    expect(p.calls).toBe(1);

    await enc.decrypt();
    expect(enc.encrypted).toBe(false);
    expect(await readFile(file, 'utf8')).toContain(secret);
    expect(JSON.parse(await readFile(draftFile('e4'), 'utf8')).entry.id).toBe('e4');
    const again = await openJournal({ path: file, lang: 'en' });
    expect((await again.readAll()).map((e) => e.id)).toEqual(['e4', 'd3', 'b2', 'a1']);
    expect(p.calls).toBe(1);
  });

  it('writes a fresh salt and nonce each time', async () => {
    const j = await openJournal({ path: file, lang: 'en', passphrase: async () => 'pw' });
    await j.encrypt('pw');
    const first = JSON.parse(await readFile(file, 'utf8'));
    await j.add([entry('a1')]);
    const second = JSON.parse(await readFile(file, 'utf8'));
    expect(second.salt).not.toBe(first.salt);
    expect(second.iv).not.toBe(first.iv);
  });

  it('refuses a wrong passphrase with exit 3 and touches nothing', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([entry('a1')]);
    await j.saveDraft(draft('d2', 2));
    await j.encrypt('right');
    const before = await readFile(file);
    const draftBefore = await readFile(draftFile('d2'));
    const wrong = await openJournal({ path: file, lang: 'en', passphrase: async () => 'wrong' });
    for (const attempt of [() => wrong.readAll(), () => wrong.add([entry('b3')]), () => wrong.decrypt(), () => wrong.completeDraft(entry('d2'))]) {
      const e = await oplosError(attempt());
      expect(e.exitCode).toBe(3);
      expect(e.message).toContain('wrong passphrase');
    }
    expect(await readFile(file)).toEqual(before);
    expect(await readFile(draftFile('d2'))).toEqual(draftBefore);
  });

  it('refuses a changed byte as damage or a wrong passphrase (exit 3)', async () => {
    const j = await openJournal({ path: file, lang: 'en', passphrase: async () => 'pw' });
    await j.encrypt('pw');
    await j.add([entry('a1')]);
    const env = JSON.parse(await readFile(file, 'utf8'));
    const data = Buffer.from(env.data, 'base64');
    data[0] = (data[0] ?? 0) ^ 1;
    await writeFile(file, JSON.stringify({ ...env, data: data.toString('base64') }));
    expect((await oplosError(j.readAll())).exitCode).toBe(3);
    await writeFile(file, JSON.stringify({ ...env, kdf: { name: 'scrypt', N: 2 ** 30, r: 8, p: 1 } }));
    expect((await oplosError(j.readAll())).message).toContain('damaged');
  });

  it('without a passphrase says how to give one (exit 3), in both languages', async () => {
    await (await openJournal({ path: file, lang: 'en', passphrase: async () => 'pw' })).encrypt('pw');
    const en = await oplosError((await openJournal({ path: file, lang: 'en' })).readAll());
    expect(en.exitCode).toBe(3);
    expect(en.hint).toContain('OPLOS_PASSPHRASE');
    const nl = await oplosError((await openJournal({ path: file, lang: 'nl' })).readAll());
    expect(nl.message).toContain('versleuteld');
  });

  it('encrypts drafts saved after the switch, and asks for no passphrase when none is needed', async () => {
    const p = asking('pw');
    const j = await openJournal({ path: file, lang: 'en', passphrase: p.provide });
    await j.saveDraft(draft('d1'));
    await j.add([entry('a1')]);
    expect(await j.readAll()).toHaveLength(2);
    expect(p.calls).toBe(0);
    await j.encrypt('pw');
    await j.saveDraft(draft('d2'));
    expect(JSON.parse(await readFile(draftFile('d2'), 'utf8'))['oplos-encrypted']).toBe(1);
    expect(p.calls).toBe(0);
  });

  it('refuses to encrypt twice or decrypt a plain journal (exit 2), and an empty passphrase', async () => {
    const j = await openJournal({ path: file, lang: 'en', passphrase: async () => 'pw' });
    expect((await oplosError(j.decrypt())).exitCode).toBe(2);
    expect((await oplosError(j.encrypt(''))).exitCode).toBe(2);
    await j.encrypt('pw');
    const before = await readFile(file);
    expect((await oplosError(j.encrypt('other'))).exitCode).toBe(2);
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(path.dirname(file))).toEqual(['journal.json']);
  });

  it('asks for the passphrase before taking the lock, so nobody waits while a person types', async () => {
    await (await openJournal({ path: file, lang: 'en', passphrase: async () => 'pw' })).encrypt('pw');
    const lockHeldWhileAsked: boolean[] = [];
    const j = await openJournal({
      path: file,
      lang: 'en',
      passphrase: async () => {
        lockHeldWhileAsked.push(await stat(`${file}.lock`).then(() => true, () => false));
        return 'pw';
      },
    });
    await j.saveDraft(draft('d1'));
    await j.completeDraft(entry('d1'));
    expect(lockHeldWhileAsked).toEqual([false]);
    expect((await j.readAll()).map((e) => e.id)).toEqual(['d1']);
  });
});
