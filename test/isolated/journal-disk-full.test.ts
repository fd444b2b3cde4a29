/**
 * A full disk while a session is saved: the store says so plainly (exit 1),
 * names the session and `oplos resume`, and what was saved before stays.
 * The failing write is injected into the store's file writer.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draft, entry, oplosError, tempFolder } from '../helpers/journal-fixtures.js';

const failing = { on: false, everywhere: false };
vi.mock('../../src/journal/atomic.js', async (original) => {
  const real = await original<typeof import('../../src/journal/atomic.js')>();
  return {
    ...real,
    writeFileAtomic: async (file: string, data: string | Uint8Array, o?: { durable?: boolean }) => {
      if (
        (failing.on && file.includes(`${path.sep}unfinished${path.sep}`)) ||
        (failing.everywhere && file.includes(`${path.sep}sessions${path.sep}`))
      )
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return real.writeFileAtomic(file, data, o);
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
  failing.on = false;
  failing.everywhere = false;
});
afterEach(() => cleanup());

describe('a full disk during a session', () => {
  it('is exit 1 with one plain message naming the session and resume; the answers saved before are kept', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    const d = draft('full1234abcd');
    await j.saveDraft(d);
    failing.on = true;
    const e = await oplosError(j.saveDraft({ entry: { ...d.entry, answers: [...d.entry.answers, entry('x').answers[1]!] } }));
    expect(e.exitCode).toBe(1);
    expect(e.message).not.toMatch(/ENOSPC|\n/);
    expect(e.message).toContain('full1234');
    expect(e.hint).toBe('Free some space, then `oplos resume full1234` continues from there.');
    expect((await oplosError(j.completeDraft(entry('full1234abcd')))).exitCode).toBe(1);
    failing.on = false;
    expect((await j.getDraft('full')).entry.answers).toEqual(d.entry.answers);
    j.releaseClaimsSync();
    const nl = await openJournal({ path: folder, lang: 'nl' });
    failing.on = true;
    expect((await oplosError(nl.saveDraft(d))).message).toContain('De schijf is vol');
  });
});

describe('a full disk, then space freed', () => {
  it('keeps the answer just given: the save is tried again when the person asks, and the draft then holds it', async () => {
    const { saveWithRetry } = await import('../../src/cli/session/disk-full-retry.js');
    const { DiskFull } = await import('../../src/errors.js');
    const j = await openJournal({ path: folder, lang: 'en' });
    const d = draft('room1234abcd');
    await j.saveDraft(d);
    const longer = { entry: { ...d.entry, answers: [...d.entry.answers, entry('x').answers[1]!] } };
    failing.on = true;
    const asked: unknown[] = [];
    await saveWithRetry(() => j.saveDraft(longer), {
      askRetry: async (e) => {
        asked.push(e);
        failing.on = false; // the person freed some space
        return true;
      },
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toBeInstanceOf(DiskFull);
    expect((await j.getDraft('room1234')).entry.answers).toHaveLength(longer.entry.answers.length);
  });

  it('ends with the plain message when the person chooses to stop, and leaves other errors alone', async () => {
    const { saveWithRetry } = await import('../../src/cli/session/disk-full-retry.js');
    const j = await openJournal({ path: folder, lang: 'en' });
    const d = draft('stop1234abcd');
    await j.saveDraft(d);
    failing.on = true;
    const e = await oplosError(saveWithRetry(() => j.saveDraft(d), { askRetry: async () => false }));
    expect(e.exitCode).toBe(1);
    expect(e.message).toMatch(/disk is full/);
    const other = new Error('a bug');
    await expect(saveWithRetry(() => Promise.reject(other), { askRetry: async () => true })).rejects.toBe(other);
  });
});

describe('a full disk during import or encrypt (issue 19)', () => {
  it("is said in the person's language, exit 1, without Node's raw text", async () => {
    const j = await openJournal({ path: folder, lang: 'nl' });
    await j.add([entry('first123abcd')]);
    failing.everywhere = true;
    const imported = await oplosError(j.add([entry('other123abcd', 1), entry('third123abcd', 2)], { kind: 'imported' }));
    expect(imported.exitCode).toBe(1);
    expect(imported.message).toContain('De schijf is vol');
    expect(imported.message).not.toMatch(/ENOSPC/);
    const sealed = await oplosError(j.encrypt('correct horse battery'));
    expect(sealed.exitCode).toBe(1);
    expect(sealed.message).toContain('De schijf is vol');
  });
});
