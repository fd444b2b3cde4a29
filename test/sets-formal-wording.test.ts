/**
 * The formal Dutch variants of the bundled sets (format 1.2, `--formal`):
 * with 'u' a verb whose stem ends in d takes its t ("wat vindt u", "wordt u"),
 * as with 'hij'. Found walking first-session with --formal (issue 23's check).
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../question-sets');
/** "vind u", "word u", "houd u" …: a d-stem before 'u' without its t */
const WITHOUT_T = /\b(vind|word|houd|antwoord|meld|bied|beslis|verbind|bevind|ontvang)\s+u\b/i;

describe('the formal Dutch of the bundled sets', () => {
  it("writes the t after a d-stem before 'u'", async () => {
    const wrong: string[] = [];
    for (const file of (await readdir(DIR)).filter((f) => f.endsWith('.yaml'))) {
      const lines = (await readFile(path.join(DIR, file), 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (/nl-formal/.test(line) && WITHOUT_T.test(line)) wrong.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
