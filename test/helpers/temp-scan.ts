/**
 * What the OS temp folder holds of a known answer or label after oplos ran: issue 19 asks that tests
 * search it. oplos puts its own temp files only at the top of the temp folder (`oplos-edit-<pid>-…`,
 * src/cli/prompts/editor-prompt.ts), so the search reads the top-level entries made or changed since
 * `since` (the test's start), whole, and none of the rest: the same answer as reading every file of
 * a shared temp folder, whose size is the machine's, not the test's.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Every file under `dir` whose bytes hold one of `needles` (files over 8 MB are not ours). */
export const filesHolding = (dir: string, needles: readonly string[]): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = path.join(d, n);
      try {
        const s = lstatSync(p);
        if (s.isDirectory()) walk(p);
        else if (s.isFile() && s.size <= 8_000_000) {
          const bytes = readFileSync(p);
          if (needles.some((needle) => bytes.includes(needle))) out.push(p);
        }
      } catch {
        // gone meanwhile (other tests share the temp folder), or not ours to read
      }
    }
  };
  walk(dir);
  return out;
};

/** Files in the OS temp folder, in entries made or changed at `since` or later, that hold one of `needles`. */
export const tempFilesHolding = (needles: readonly string[], since: number): string[] => {
  const tmp = os.tmpdir();
  const fresh = readdirSync(tmp)
    .map((n) => path.join(tmp, n))
    .filter((p) => {
      try {
        return lstatSync(p).mtimeMs >= since - 2000; // file times may be coarser than the clock
      } catch {
        return false;
      }
    });
  return fresh.flatMap((p) => (lstatSync(p, { throwIfNoEntry: false })?.isDirectory() ? filesHolding(p, needles) : singleFile(p, needles)));
};

const singleFile = (p: string, needles: readonly string[]): string[] => {
  try {
    const bytes = readFileSync(p);
    return needles.some((n) => bytes.includes(n)) ? [p] : [];
  } catch {
    return [];
  }
};
