/** Shared pieces for the journal tests: temp folders, entries, drafts, a fixed clock. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { OplosError } from '../../src/errors.js';
import type { Answer, Draft, Entry } from '../../src/domain/types.js';

/** A fresh folder under the system's temp folder; `cleanup` removes it. */
export const tempFolder = async (): Promise<{ dir: string; cleanup: () => Promise<void> }> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'oplos-journal-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
};

/**
 * For a test file: before each test a fresh temp folder (`dir`) and a journal
 * path in it (`folder`, not made); removed after each test.
 */
export const freshJournalFolder = (sub = 'journal'): { readonly dir: string; readonly folder: string } => {
  const at = { dir: '', folder: '' };
  let cleanup = async () => undefined as void;
  beforeEach(async () => {
    ({ dir: at.dir, cleanup } = await tempFolder());
    at.folder = path.join(at.dir, sub);
  });
  afterEach(() => cleanup());
  return at;
};

export const answer = (question: string, value: Answer['value'], at = '2026-11-22T09:41:02.000Z'): Answer => ({
  question,
  phase: 'scaling',
  kind: typeof value === 'number' ? 'scale' : 'text',
  asked: `Question ${question}?`,
  ...(value === undefined ? { skipped: true as const } : { value }),
  answeredAt: at,
});

/** A complete session; `n` spaces the start times an hour apart. */
export const entry = (id: string, n = 0, more: Partial<Entry> = {}): Entry => ({
  id,
  set: 'first-session',
  setRevision: 2,
  lang: 'nl',
  client: 'P.',
  tags: ['intake'],
  status: 'complete',
  startedAt: new Date(Date.UTC(2026, 10, 22, 9) + n * 3_600_000).toISOString(),
  finishedAt: new Date(Date.UTC(2026, 10, 22, 9, 30) + n * 3_600_000).toISOString(),
  answers: [answer('now', 4), answer('hopes', 'more calm at work')],
  ...more,
});

export const draft = (id: string, n = 0, more: Partial<Entry> = {}): Draft => {
  const { finishedAt: _f, ...rest } = entry(id, n, more);
  return { entry: { ...rest, status: 'unfinished', answers: rest.answers.slice(0, 1) } };
};

export const fixedClock = { now: () => new Date('2026-12-01T10:00:00.000Z') };

/** The OplosError a promise rejects with; fails the test when it resolves or throws something else. */
export const oplosError = async (p: Promise<unknown>): Promise<OplosError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof OplosError) return e;
    throw e;
  }
  throw new Error('expected an OplosError, but it succeeded');
};

export const bytes = (file: string): Promise<Buffer> => readFile(file);
