/** Every command's help ends with examples, 2–4, in the language of the help (issue 22 point 13). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { cliIn } from './helpers/run-cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());
const { run } = cliIn(() => sb);

const COMMANDS = [
  'start',
  'resume',
  'journal list',
  'journal show',
  'journal edit',
  'journal export',
  'journal import',
  'journal sync',
  'journal check',
  'journal encrypt',
  'progress',
  'prepare',
  'demo',
  'sets list',
  'sets show',
  'sets validate',
  'config',
  'completion',
];

describe('examples in the help', () => {
  it.each(COMMANDS)('%s: 2–4 examples, in English and in Dutch, each a runnable oplos line', async (command) => {
    for (const [lang, title] of [
      ['en', 'Examples:'],
      ['nl', 'Voorbeelden:'],
    ] as const) {
      const r = await run([...command.split(' '), '--help', '--lang', lang]);
      expect(r.code).toBe(0);
      const at = r.stdout.indexOf(`\n${title}\n`);
      expect(at, `${command} --help --lang ${lang}`).toBeGreaterThan(0);
      const lines = r.stdout
        .slice(at)
        .split('\n')
        .filter((l) => /^ {2}\S/.test(l) && !l.startsWith('  #'));
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.length).toBeLessThanOrEqual(4);
      for (const l of lines) expect(l).toMatch(/\boplos (start|resume|journal|progress|prepare|demo|sets|config|completion)\b/);
    }
  });
});
