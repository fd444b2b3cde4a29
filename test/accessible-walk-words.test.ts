/**
 * Issue 23, walked through the reworked first-session set: headings whose
 * title ends in its own mark take no colon ("Wat is er al veranderd?", not
 * "…veranderd?:"), and the summary at the end of a session breaks no sentence
 * over two lines in the accessible mode (a screen reader and a braille display
 * wrap for themselves; a line broken by oplos is heard as two).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { spokenLine } from '../src/cli/render/accessible-text.js';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

describe('the accessible mode, walked through first-session', () => {
  it("a drawn heading whose title ends in '?' is said without a colon after it", () => {
    expect(spokenLine('── Wat is er al veranderd? ──')).toBe('Wat is er al veranderd?');
    expect(spokenLine('  ── Beste hoop ──')).toBe('  Beste hoop:');
  });

  let sb: Sandbox;
  beforeEach(async () => {
    sb = await sandbox();
  });
  afterEach(() => sb.cleanup());

  it('the summary keeps each question on one line, however narrow the terminal', async () => {
    const answers = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
    const r = await oplosIn(['start', 'first-session', '--answers', answers, '--lang', 'nl', '--client', 'P.', '--accessible'], {
      ...sb.env,
      COLUMNS: '60',
    });
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.replace(/\r\n/g, '\n');
    expect(out).toContain('\n  En in de loop van die dag: aan welk klein ding zie je zelf, of laat je anderen zien, dat het anders is?\n');
    expect(out).toContain('\n    4 van 10; goed genoeg: 7\n');
  });
});
