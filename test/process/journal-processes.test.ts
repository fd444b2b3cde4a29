/**
 * Several real OS processes on one journal: nothing lost when they write at
 * once, nothing damaged when they are killed mid-write, and a lock left by a
 * killed process is taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../../src/journal/open.js';
import { answer, draft, entry, oplosError, tempFolder } from '../helpers/journal-fixtures.js';
import { seededRandomPerTest } from '../helpers/seeded-random.js';

// the random moments come from a seed, printed when a test fails (OPLOS_TEST_SEED=… runs it again)
const { random: draw } = seededRandomPerTest('test/process/journal-processes.test.ts');

let workerDir: { dir: string; cleanup: () => Promise<void> };
let worker: string;

beforeAll(async () => {
  workerDir = await tempFolder();
  worker = path.join(workerDir.dir, 'journal-worker.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, '..', 'helpers', 'journal-worker.ts')],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
}, 60_000);
afterAll(() => workerDir.cleanup());

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  file = path.join(dir, 'journal');
});
afterEach(() => cleanup());

interface Running {
  child: ChildProcess;
  /** complete lines printed so far */
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Runs the worker; with `killAfter`, kills it (SIGKILL) the moment it has printed that many lines. */
const run = (args: object, killAfter?: number): Running => {
  const child = spawn(process.execPath, [worker, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    if (killAfter !== undefined && lines.length >= killAfter) child.kill('SIGKILL');
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, lines, exited };
};

/** Waits until the worker has printed `line` (with `any`: any line at all). */
const printed = async (r: Running, line: string, any = false): Promise<void> => {
  while (any ? r.lines.length === 0 : !r.lines.includes(line)) {
    if (r.child.exitCode !== null)
      throw new Error(`worker ended (exit ${r.child.exitCode}) before printing ${line || 'a line'}: ${(await r.exited).stderr}`);
    await new Promise((res) => setTimeout(res, 20));
  }
};

describe('several processes at once', () => {
  it('keeps every session when 6 processes complete 20 each into one journal', async () => {
    const workers = Array.from({ length: 6 }, (_, w) => run({ mode: 'sessions', journal: file, prefix: `p${w}`, count: 20 }));
    const results = await Promise.all(workers.map((w) => w.exited));
    for (const r of results) expect(r).toMatchObject({ code: 0, stderr: '' });
    const all = await (await openJournal({ path: file, lang: 'en' })).readAll();
    expect(all).toHaveLength(120);
    expect(new Set(all.map((e) => e.id)).size).toBe(120);
    expect(all.every((e) => e.status === 'complete')).toBe(true);
    expect(workers.flatMap((w) => w.lines).sort()).toEqual(all.map((e) => e.id).sort());
    expect((await readdir(path.join(file, 'unfinished'))).filter((n) => n.endsWith('.json'))).toEqual([]);
  }, 180_000);

  it('survives processes killed at random moments: the journal loads and every reported session is in it', async () => {
    // a journal of some size, so that writes take long enough to be cut by a kill
    const seed = await openJournal({ path: file, lang: 'en' });
    const big = Array.from({ length: 10 }, (_, k) => answer(`q${k}`, 'a sentence or two of what the client said about it, '.repeat(3)));
    await seed.add(Array.from({ length: 1500 }, (_, i) => entry(`seed${i}`, -i, { answers: big })));
    const reported: string[] = [];
    const rounds = 4;
    for (let round = 0; round < rounds; round++) {
      // half are killed right after reporting a few sessions, half at a random moment after their first
      const workers = Array.from({ length: 4 }, (_, w) => {
        const args = { mode: 'sessions', journal: file, prefix: `r${round}w${w}`, count: 400, staleMs: 2000 };
        return { w: run(args, w % 2 === 0 ? 1 + Math.floor(draw() * 4) : undefined), random: w % 2 === 1 };
      });
      await Promise.all(
        workers.map(async ({ w, random }) => {
          if (random) {
            await printed(w, w.lines[0] ?? '', true);
            await new Promise((res) => setTimeout(res, draw() * 600));
            w.child.kill('SIGKILL');
          }
          const result = await w.exited;
          expect(result.signal, result.stderr).toBe('SIGKILL');
          reported.push(...w.lines);
        }),
      );
      const journal = await openJournal({ path: file, lang: 'en', lockStaleMs: 2000, lockWaitMs: 30_000 });
      const all = await journal.readAll();
      const complete = new Set(all.filter((e) => e.status === 'complete').map((e) => e.id));
      expect(complete.size).toBeGreaterThanOrEqual(1500);
      for (const id of reported) expect(complete.has(id)).toBe(true);
      expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    }
    expect(reported.length).toBeGreaterThan(0);
    // the next writer takes over whatever lock the killed ones left
    const journal = await openJournal({ path: file, lang: 'en', lockStaleMs: 2000, lockWaitMs: 30_000 });
    expect(await journal.add([entry('after')])).toEqual({ added: 1, skipped: 0 });
    expect((await journal.readAll()).length).toBeGreaterThanOrEqual(1501);
  }, 180_000);

  it('takes over the lock of a process killed while holding it', async () => {
    const holder = run({ mode: 'hold', journal: file, staleMs: 2000 });
    await printed(holder, 'locked');
    holder.child.kill('SIGKILL');
    await holder.exited;
    expect((await stat(path.join(file, 'journal.lock'))).isFile()).toBe(true);
    const journal = await openJournal({ path: file, lang: 'en', lockStaleMs: 2000, lockWaitMs: 30_000 });
    expect(await journal.add([entry('a1')])).toEqual({ added: 1, skipped: 0 });
    await expect(stat(path.join(file, 'journal.lock'))).rejects.toThrow();
  }, 60_000);

  it('waits for a live process holding the lock, then gives up with exit 3', async () => {
    const holder = run({ mode: 'hold', journal: file, staleMs: 2000 });
    try {
      await printed(holder, 'locked');
      const journal = await openJournal({ path: file, lang: 'en', lockStaleMs: 2000, lockWaitMs: 3000 });
      const e = await oplosError(journal.add([entry('a1')]));
      expect(e.exitCode).toBe(3);
      expect(e.message).toMatch(/in use by another oplos \(process \d+\)/);
      expect(await journal.readAll()).toEqual([]);
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
  }, 60_000);
});

/** Every file under the journal folder holding `text` in plain sight (temporary files too). */
const plainFiles = async (root: string, text: string): Promise<string[]> => {
  const { readFile } = await import('node:fs/promises');
  const out: string[] = [];
  for (const name of await readdir(root, { recursive: true })) {
    const f = path.join(root, name);
    if ((await stat(f)).isFile() && (await readFile(f, 'utf8')).includes(text)) out.push(name);
  }
  return out;
};

describe('killed at random moments', () => {
  it('an encryption switch killed anywhere loses no session, and the next run of the command leaves no plain text', async () => {
    const seed = await openJournal({ path: file, lang: 'en', passphrase: async () => 'pass-phrase' });
    await seed.add(Array.from({ length: 300 }, (_, i) => entry(`s${i}`, -i)));
    await seed.saveDraft(draft('open1', 1));
    seed.releaseClaimsSync();
    for (let round = 0; round < 4; round++) {
      const w = run({ mode: 'switch', journal: file, count: 50 });
      await new Promise((res) => setTimeout(res, 300 + draw() * 1500));
      w.child.kill('SIGKILL');
      await w.exited;
      const j = await openJournal({ path: file, lang: 'en', passphrase: async () => 'pass-phrase', lockStaleMs: 2000 });
      expect((await j.readAll({ strict: true })).length).toBe(301);
    }
    // finished by the next run of the same command
    const j = await openJournal({ path: file, lang: 'en', passphrase: async () => 'pass-phrase' });
    if (!j.encrypted) await j.encrypt('pass-phrase');
    else {
      await j.decrypt();
      await j.encrypt('pass-phrase');
    }
    expect(await plainFiles(file, 'more calm at work')).toEqual([]);
    expect((await j.readAll({ strict: true })).length).toBe(301);
  }, 120_000);

  it('an interrupted encrypt is finished by the next encrypt with the same passphrase', async () => {
    const seed = await openJournal({ path: file, lang: 'en' });
    await seed.add(Array.from({ length: 400 }, (_, i) => entry(`s${i}`, -i)));
    const w = run({ mode: 'switch', journal: file, count: 1 });
    // cut while converting: the record says so
    const { readFile } = await import('node:fs/promises');
    for (let k = 0; k < 400; k++) {
      const rec = await readFile(path.join(file, 'oplos-journal.json'), 'utf8').catch(() => '');
      if (rec.includes('"converting"')) break;
      await new Promise((res) => setTimeout(res, 5));
    }
    w.child.kill('SIGKILL');
    await w.exited;
    const j = await openJournal({ path: file, lang: 'en', passphrase: async () => 'pass-phrase', lockStaleMs: 2000 });
    expect(j.encrypted).toBe(false);
    expect((await j.readAll({ strict: true })).length).toBe(400);
    await j.encrypt('pass-phrase');
    expect(j.encrypted).toBe(true);
    expect(await plainFiles(file, 'more calm at work')).toEqual([]);
  }, 60_000);

  it('deletes killed at random moments remove only what was asked and damage nothing', async () => {
    const seed = await openJournal({ path: file, lang: 'en' });
    await seed.add(Array.from({ length: 200 }, (_, i) => entry(`s${i}`, -i)));
    const w = run({ mode: 'delete', journal: file, ids: Array.from({ length: 100 }, (_, i) => `s${i}`) });
    await new Promise((res) => setTimeout(res, 200 + draw() * 400));
    w.child.kill('SIGKILL');
    await w.exited;
    const j = await openJournal({ path: file, lang: 'en', lockStaleMs: 2000 });
    const left = new Set((await j.readAll({ strict: true })).map((e) => e.id));
    for (const id of w.lines) expect(left.has(id)).toBe(false);
    for (let i = 100; i < 200; i++) expect(left.has(`s${i}`)).toBe(true);
  }, 60_000);

  it('a second process cannot take a session another is running (exit 3 naming it), and can once that one is gone', async () => {
    const holder = run({ mode: 'claim', journal: file, id: 'c1' });
    await printed(holder, 'claimed');
    const j = await openJournal({ path: file, lang: 'en' });
    const e = await oplosError(j.completeDraft(entry('c1')));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain(`process ${holder.child.pid}`);
    holder.child.kill('SIGKILL');
    await holder.exited;
    const notices: string[] = [];
    const k = await openJournal({ path: file, lang: 'en', warn: (t) => notices.push(t) });
    await k.completeDraft(entry('c1'));
    expect(notices.join('\n')).toMatch(/Took over the lock of The session c1: process \d+ that held it is gone/);
    expect((await k.readAll()).map((x) => [x.id, x.status])).toEqual([['c1', 'complete']]);
  }, 60_000);
});
