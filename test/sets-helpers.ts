/** Shared by the set tests: a set's head, and a set's problems as `FILE:LINE:COL: message` lines. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSetText } from '../src/sets/loader.js';
import type { LoadOptions } from '../src/sets/loader.js';
import { formatProblem } from '../src/sets/types.js';

/** Eight lines: the first question's `- id:` is on line 9, its `id` at column 9. */
export const HEAD = `format: 1
id: s
languages: [nl, en]
title: T
phases:
  - id: p
    title: P
    questions:
`;

export const withQuestions = (...lines: string[]): string => `${HEAD}${lines.join('\n')}\n`;

export const problemsOf = (text: string | Uint8Array, opts?: LoadOptions): string[] =>
  loadSetText(text, 'f.yaml', opts).problems.map(formatProblem);

/** Temp folders for a test file: `make()` gives a fresh one, `clean()` (in afterEach) removes them all. */
export const tempDirs = () => {
  const made: string[] = [];
  return {
    make: (): string => {
      const dir = mkdtempSync(join(tmpdir(), 'oplos-sets-'));
      made.push(dir);
      return dir;
    },
    clean: (): void => {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
};
