/**
 * The demo and the handout for a trainer (issue 20, finding 16): no internal
 * ids beside the question number, no `(--with)` in the handout, conditions
 * that read naturally (in Dutch «Alleen als bij ‘…’ ja is gekozen»), and no
 * fallback line that only says the question again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const demo = (args: string[]) => oplosIn(['demo', ...args], { ...sb.env, COLUMNS: '100' });

describe('demo', () => {
  it('numbers the questions without the set ids', async () => {
    const r = await demo(['first-session', '--lang', 'nl', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Vraag 1 \/ \d+/);
    const numbered = r.stdout.split('\n').filter((l) => l.startsWith('Vraag '));
    expect(numbered.length).toBeGreaterThan(10);
    for (const l of numbered) expect(l).toMatch(/^Vraag \d+ \/ \d+( {2}(niet verplicht|★ kernpunt)( · ★ kernpunt)?)?$/);
    expect(r.stdout).not.toContain('pre-change');
  });

  it('reads a condition naturally, in Dutch and English', async () => {
    const nl = await demo(['first-session', '--lang', 'nl', '--format', 'text']);
    expect(nl.stdout).toContain('Alleen als bij ‘Sinds je deze afspraak hebt gemaakt…’ ja is gekozen');
    expect(nl.stdout).not.toMatch(/op "[^"]*" ja is geantwoord/);
    const en = await demo(['first-session', '--lang', 'en', '--format', 'text']);
    expect(en.stdout).toContain('Only if ‘Since you made this appointment, has…’ is answered yes');
  });

  it('shows no fallback that only repeats the question, and keeps one that asks something else', async () => {
    for (const lang of ['en', 'nl']) {
      const r = await demo(['reflection', '--lang', lang, '--format', 'text']);
      expect(r.stdout).not.toMatch(/If that cannot be filled in|Als dat niet in te vullen is/);
    }
    const follow = await demo(['follow-up', '--lang', 'en', '--format', 'text']);
    expect(follow.stdout).toContain('If that cannot be filled in: Looking again at where you want to go');
  });

  it('names a question of the set followed up by its words, not its id', async () => {
    const r = await demo(['follow-up', '--lang', 'nl', '--format', 'text']);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      'Vorige keer zei je dat je hoopte op: [antwoord op "Wat hoop je dat deze gesprekken…", vorige keer]',
    );
    expect(r.stdout).not.toContain('"hopes"');
  });

  it('the handout does not say (--with)', async () => {
    for (const lang of ['en', 'nl']) {
      const r = await demo(['network', '--lang', lang, '--format', 'md']);
      expect(r.code).toBe(0);
      const perPerson = r.stdout.split('\n').filter((l) => /each person in turn|Aan ieder apart/.test(l));
      expect(perPerson.length).toBeGreaterThan(0);
      for (const l of perPerson) expect(l).not.toContain('--with');
    }
  });

  it('no option of the command line anywhere in a handout or on the demo screen: the set summaries included', async () => {
    for (const set of ['first-session', 'network', 'intervision'])
      for (const lang of ['en', 'nl'])
        for (const format of ['md', 'text']) {
          const r = await demo([set, '--lang', lang, '--format', format]);
          expect(r.code).toBe(0);
          expect(r.stdout).not.toMatch(/--with|--formal/);
        }
  });
});
