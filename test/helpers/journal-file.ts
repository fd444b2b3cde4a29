/**
 * Writes a journal file directly, one session a line as oplos writes it,
 * for CLI tests that need many sessions or dates they control.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FileAnswer {
  question: string;
  phase: string;
  kind: string;
  asked: string;
  value?: unknown;
  skipped?: true;
  answeredAt: string;
}
export interface FileEntry {
  id: string;
  set: string;
  setRevision?: number;
  lang: string;
  client?: string;
  tags: string[];
  status: 'complete' | 'unfinished';
  startedAt: string;
  finishedAt?: string;
  answers: FileAnswer[];
}

const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** An id whose first 8 characters hold `n`, so tests can tell sessions apart. */
export const idOf = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;

/** A complete first-session entry with hopes, a scale `now` and a step. */
export const session = (
  n: number,
  startedAt: string,
  more: Partial<FileEntry> = {},
  words: { hopes?: string; step?: string; now?: number; task?: string } = {},
): FileEntry => ({
  id: idOf(n),
  set: 'first-session',
  setRevision: 1,
  lang: 'en',
  client: 'P.',
  tags: [],
  status: 'complete',
  startedAt,
  finishedAt: later(startedAt, 40),
  answers: [
    { question: 'hopes', phase: 'best-hopes', kind: 'text', asked: 'What are your best hopes?', value: words.hopes ?? 'Calm mornings', answeredAt: later(startedAt, 2) },
    { question: 'burden', phase: 'burden', kind: 'long', asked: 'What makes things hard?', skipped: true, answeredAt: later(startedAt, 5) },
    { question: 'now', phase: 'scaling', kind: 'scale', asked: 'Where are you now?', value: words.now ?? 4, answeredAt: later(startedAt, 20) },
    { question: 'step', phase: 'small-step', kind: 'text', asked: 'What is one small step?', value: words.step ?? 'Lay out the clothes', answeredAt: later(startedAt, 30) },
    ...(words.task
      ? [{ question: 'observe', phase: 'closing', kind: 'text', asked: 'What will you notice?', value: words.task, answeredAt: later(startedAt, 35) }]
      : []),
  ],
  ...more,
});

export const writeJournalFile = async (file: string, entries: readonly FileEntry[]): Promise<void> => {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `{"version":1,"entries":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`, { mode: 0o600 });
};

/** An unfinished session in `<journal>.drafts/<id>.json`, as oplos keeps one between questions. */
export const writeDraftFile = async (journal: string, entry: FileEntry): Promise<void> => {
  const dir = `${journal}.drafts`;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { finishedAt: _done, ...rest } = entry;
  await writeFile(path.join(dir, `${entry.id}.json`), `${JSON.stringify({ entry: { ...rest, status: 'unfinished', answers: rest.answers.slice(0, 1) } })}\n`, {
    mode: 0o600,
  });
};
