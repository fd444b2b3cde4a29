/**
 * docs/architecture.md: src/cli/ is the only layer that touches `process`, `console` and the terminal;
 * the core takes its I/O as parameters. This holds every file below src/cli/ to it. git sync once
 * stopped a stalled git's process group with `process.kill(-pid)` inside src/sync; the command line
 * now passes that in as a function (issue 19).
 *
 * One exception, named here so that it stays one: a journal lock records which process holds it
 * (`process.pid`) and asks whether a holder still runs (`process.kill(pid, 0)`) before it takes a
 * stale lock over; that is the lock's own identity, not I/O a caller could hand in.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const SRC = path.join(ROOT, 'src');
const ALLOWED: Record<string, RegExp> = { 'journal/lock.ts': /\bprocess\.(pid|kill\(pid, 0\))/g };

const filesBelow = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? filesBelow(p) : n.endsWith('.ts') ? [p] : [];
  });

it('no file below src/cli names process or console (but for the lock, as above)', () => {
  const users = filesBelow(SRC)
    .map((p) => path.relative(SRC, p).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith('cli/'))
    .filter((rel) => {
      const code = readFileSync(path.join(SRC, rel), 'utf8')
        .replace(/^\s*(\/\/|\*|\/\*).*$/gm, '')
        .replace(ALLOWED[rel] ?? /$^/g, '');
      return /\b(process|console)\.\w/.test(code);
    });
  expect(users).toEqual([]);
});

it('finds a file that does (the check can fail)', () => {
  expect(/\b(process|console)\.\w/.test("const x = process.env['HOME'];")).toBe(true);
});
