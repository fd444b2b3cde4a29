/**
 * Issue 19 (low): a read-only journal with a leftover session lock. The stale
 * lock cannot be moved, so the session cannot be saved: `resume` claims its
 * session before the first question (pty-erasable.test.ts), and that claim is
 * exit 3 saying the journal cannot be written, not an internal EROFS error.
 * A read-only file system is injected where the takeover guard is made (as
 * root, permissions do not stop a write).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draft, oplosError, tempFolder } from '../helpers/journal-fixtures.js';

vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (file: string, ...rest: unknown[]) => {
      if (String(file).endsWith('.takeover.lock'))
        throw Object.assign(new Error(`EROFS: read-only file system, open '${file}'`), { code: 'EROFS' });
      return (real.open as (...a: unknown[]) => Promise<unknown>)(file, ...rest);
    },
  };
});

const { openJournal } = await import('../../src/journal/open.js');

let folder: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const t = await tempFolder();
  folder = path.join(t.dir, 'journal');
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

describe('a read-only journal with a leftover session lock', () => {
  it('refuses to claim the session with exit 3 saying it cannot be written', async () => {
    const d = draft('rofs1234abcd');
    const name = '2026-11-22T090000Z-rofs1234.json';
    await mkdir(path.join(folder, 'unfinished'), { recursive: true });
    await writeFile(path.join(folder, 'oplos-journal.json'), '{"format":"oplos-journal-folder","version":2}\n');
    await writeFile(path.join(folder, 'unfinished', name), JSON.stringify(d.entry));
    // left by a process that is gone
    await writeFile(
      path.join(folder, 'unfinished', `${name}.lock`),
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: '2026-11-22T09:00:00.000Z', token: 'gone' }),
    );
    const j = await openJournal({ path: folder, lang: 'en' });
    const e = await oplosError(j.claim(d.entry));
    expect(e.exitCode).toBe(3);
    expect(e.message).toMatch(/cannot be written \(EROFS\)/);
  });
});
