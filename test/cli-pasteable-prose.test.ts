/**
 * Commands a message names are written as this person runs oplos (issue 22
 * point 14), but the word oplos in prose is not a command: "is not an oplos
 * journal" read "is not an node bin/oplos.js journal" (found rechecking
 * issue 19's `journal git init` refusal).
 */
import { describe, expect, it } from 'vitest';
import { pasteable } from '../src/cli/invocation.js';
import { syncTexts } from '../src/sync/messages.js';

const env = { OPLOS_INVOKED_AS: 'node bin/oplos.js' };

describe('pasteable leaves prose alone', () => {
  it('"an oplos journal" stays, "oplos journal check" becomes the command', () => {
    expect(pasteable('It is not an oplos journal, so nothing was done. Run `oplos journal check`.', env)).toBe(
      'It is not an oplos journal, so nothing was done. Run `node bin/oplos.js journal check`.',
    );
    expect(pasteable('Een oplos journal start hier; `oplos start` begint.', env)).toBe(
      'Een oplos journal start hier; `node bin/oplos.js start` begint.',
    );
  });

  it("journal git init's refusal of a folder that is not a journal reads right", () => {
    for (const lang of ['en', 'nl']) {
      const text = syncTexts(lang).notJournal('/home/x');
      expect(pasteable(text, env)).toBe(text);
    }
  });
});
