/**
 * Writes a journal file directly, one session a line as oplos writes it,
 * for CLI tests that need many sessions or dates they control.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RECORD, sessionName, sessionPath, UNFINISHED } from '../../src/journal/layout.js';

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
    {
      question: 'hopes',
      phase: 'best-hopes',
      kind: 'text',
      asked: 'What are your best hopes?',
      value: words.hopes ?? 'Calm mornings',
      answeredAt: later(startedAt, 2),
    },
    { question: 'burden', phase: 'burden', kind: 'long', asked: 'What makes things hard?', skipped: true, answeredAt: later(startedAt, 5) },
    {
      question: 'now',
      phase: 'scaling',
      kind: 'scale',
      asked: 'Where are you now?',
      value: words.now ?? 4,
      answeredAt: later(startedAt, 20),
    },
    {
      question: 'step',
      phase: 'small-step',
      kind: 'text',
      asked: 'What is one small step?',
      value: words.step ?? 'Lay out the clothes',
      answeredAt: later(startedAt, 30),
    },
    ...(words.task
      ? [
          {
            question: 'observe',
            phase: 'closing',
            kind: 'text',
            asked: 'What will you notice?',
            value: words.task,
            answeredAt: later(startedAt, 35),
          },
        ]
      : []),
  ],
  ...more,
});

/** A journal folder holding `entries`, each in its own file, as oplos lays one out (docs/architecture.md). */
export const writeJournalFile = async (dir: string, entries: readonly FileEntry[]): Promise<void> => {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(path.join(dir, RECORD), `${JSON.stringify({ format: 'oplos-journal-folder', version: 2 })}\n`, { mode: 0o600 });
  for (const e of entries) {
    const file = sessionPath(dir, sessionName(e));
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, `${JSON.stringify(e)}\n`, { mode: 0o600 });
  }
};

/** An unfinished session in `<journal>/unfinished/`, as oplos keeps one between questions. */
export const writeDraftFile = async (journal: string, entry: FileEntry): Promise<void> => {
  const dir = path.join(journal, UNFINISHED);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { finishedAt: _done, ...rest } = entry;
  await writeFile(
    path.join(dir, sessionName(entry)),
    `${JSON.stringify({ ...rest, status: 'unfinished', answers: rest.answers.slice(0, 1) })}\n`,
    {
      mode: 0o600,
    },
  );
};
