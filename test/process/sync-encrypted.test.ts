/**
 * An encrypted journal in git: only sealed session files and
 * oplos-journal.json go in, proved by searching every object of every
 * repository for answer text and client labels; a passphrase changed on
 * one machine reaches the other as news, or as a clear refusal when that
 * machine has sessions sealed with the old key.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { commitChange } from '../../src/sync/commit.js';
import { SyncError } from '../../src/sync/messages.js';
import { gitIn, machines, sessionFiles, sessionJson, sessionPath, sync, type Machines } from '../helpers/sync-fixtures.js';

const record = (salt: string) =>
  `${JSON.stringify({ format: 'oplos-journal-folder', version: 2, encryption: { kdf: { name: 'scrypt', N: 16384, r: 8, p: 1 }, salt, check: `check-${salt}` } })}\n`;

const SECRET = 'my secret garden behind the shed';
const LABEL = 'client-Z9';
const ID_A = '0b7c1d2e-0000-4000-8000-000000000001';
const ID_B = '5f3e9a10-0000-4000-8000-000000000002';

let m: Machines;
beforeEach(async () => {
  m = await machines(record('salt-one'));
});
afterEach(async () => m.cleanup());

/** A file in the shape of a sealed session (the content is random: what matters here is that no text gets through). */
const seal = async (_plain: string, _passphrase: string) =>
  `${JSON.stringify({ 'oplos-sealed': 1, iv: randomBytes(12).toString('base64'), tag: randomBytes(16).toString('base64'), data: randomBytes(300).toString('base64') })}\n`;

const writeSealed = async (folder: string, id: string, passphrase = 'correct horse') => {
  const file = path.join(folder, sessionPath(id));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await seal(sessionJson(id, SECRET, LABEL), passphrase));
  await commitChange(folder, { kind: 'completed', ids: [id] }, m.env);
};

/** Every object git holds in this repository, as text. */
const allObjects = (repo: string) => gitIn(repo, ['cat-file', '--batch-all-objects', '--batch'], m.env);

describe('an encrypted journal in git', { timeout: 60_000 }, () => {
  it('no answer text or client label reaches any git object, not even from a plain file left among the sealed ones', async () => {
    await writeSealed(m.a, ID_A);
    // a plain session file that should never be there (a crash mid-conversion, a copy by hand) and a draft
    await writeFile(path.join(m.a, sessionPath(ID_B)), sessionJson(ID_B, SECRET, LABEL));
    await mkdir(path.join(m.a, 'unfinished'));
    await writeFile(path.join(m.a, 'unfinished', '2026-12-01T054100Z-446563ef.json'), sessionJson('446563ef', SECRET, LABEL));
    const r = await sync(m, m.a);
    expect(r.unsealed).toEqual([sessionPath(ID_B)]);
    expect(r.plainWithRemote).toBe(false);
    await sync(m, m.b);
    expect(await sessionFiles(m.b)).toEqual([sessionPath(ID_A)]);
    for (const repo of [m.a, m.b, m.remote]) {
      const objects = allObjects(repo);
      expect(objects).toContain('oplos-sealed');
      expect(objects).not.toContain(SECRET);
      expect(objects).not.toContain(LABEL);
    }
    expect(gitIn(m.a, ['ls-files'], m.env).trim().split('\n').sort()).toEqual(['.gitignore', 'oplos-journal.json', sessionPath(ID_A)]);
  });

  it("a second machine with a fresh plain journal takes the remote's encrypted record, not its own", async () => {
    await writeSealed(m.a, ID_A);
    await sync(m, m.a);
    const { PLAIN_RECORD } = await import('../helpers/sync-fixtures.js');
    await writeFile(path.join(m.b, 'oplos-journal.json'), PLAIN_RECORD);
    const r = await sync(m, m.b);
    expect(r.encryptionNews).toBe('encrypted');
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(path.join(m.b, 'oplos-journal.json'), 'utf8')).toBe(record('salt-one'));
    await sync(m, m.a);
    expect(await readFile(path.join(m.a, 'oplos-journal.json'), 'utf8')).toBe(record('salt-one'));
  });

  it('a passphrase changed on the other machine arrives as news when nothing here is waiting to go', async () => {
    await writeSealed(m.a, ID_A);
    await sync(m, m.a);
    await sync(m, m.b);
    await writeFile(path.join(m.a, 'oplos-journal.json'), record('salt-two'));
    await writeFile(path.join(m.a, sessionPath(ID_A)), await seal(sessionJson(ID_A, SECRET, LABEL), 'new passphrase'));
    await commitChange(m.a, { kind: 'encryption', ids: [] }, m.env);
    await sync(m, m.a);
    const r = await sync(m, m.b);
    expect(r.encryptionNews).toBe('passphrase');
  });

  it('refuses, changing nothing, when this machine has sessions sealed with the key the other machine replaced', async () => {
    await writeSealed(m.a, ID_A);
    await sync(m, m.a);
    await sync(m, m.b);
    await writeFile(path.join(m.a, 'oplos-journal.json'), record('salt-two'));
    await commitChange(m.a, { kind: 'encryption', ids: [] }, m.env);
    await sync(m, m.a);
    await writeSealed(m.b, ID_B);
    const head = gitIn(m.b, ['rev-parse', 'HEAD'], m.env);
    const err = (await sync(m, m.b).catch((e: unknown) => e)) as SyncError;
    expect(err).toBeInstanceOf(SyncError);
    expect(err.exitCode).toBe(3);
    expect(err.message).toMatch(/new passphrase on another machine.*Nothing was changed/);
    expect(gitIn(m.b, ['rev-parse', 'HEAD'], m.env)).toBe(head);
  });

  it('a plain journal with sessions of its own meeting a remote encrypted elsewhere is told so (not asked to seal a file), nothing changed', async () => {
    await writeSealed(m.a, ID_A);
    await sync(m, m.a);
    const { PLAIN_RECORD, writeSession } = await import('../helpers/sync-fixtures.js');
    await writeFile(path.join(m.b, 'oplos-journal.json'), PLAIN_RECORD);
    await writeSession(m, m.b, ID_B, SECRET, 'completed', LABEL);
    const head = gitIn(m.b, ['rev-parse', 'HEAD'], m.env);
    const err = (await sync(m, m.b).catch((e: unknown) => e)) as SyncError;
    expect(err).toBeInstanceOf(SyncError);
    expect(err.message).toMatch(/^The journal was encrypted, decrypted or given a new passphrase on another machine/);
    expect(gitIn(m.b, ['rev-parse', 'HEAD'], m.env)).toBe(head);
    expect(allObjects(m.remote)).not.toContain(SECRET);
  });
});
