/**
 * Issue 22 point 12: building the program runs inside main's `try`, so a failure there is one line and an
 * exit code, like any other, never a stack out of main (and an unhandled rejection in bin/oplos.js).
 */
import { describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { runCli } from '../helpers/run-cli.js';

vi.mock('../../src/cli/program.js', () => ({
  buildProgram: () => {
    throw new Error('broken while building the program');
  },
}));

describe('an error while building the program', () => {
  it('is one line on stderr and exit code 1, in the language of the run', async () => {
    for (const [lang, words] of [
      ['en', 'oplos: internal error: broken while building the program'],
      ['nl', 'oplos: interne fout: broken while building the program'],
    ] as const) {
      const r = await runCli(['journal', 'list'], { env: { OPLOS_LANG: lang } });
      expect(r.code).toBe(EXIT.failure);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(words);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
