/**
 * An optional question left empty at a real terminal says so on the line it
 * leaves behind ("✔ Question? (skipped)"), rather than a question with nothing
 * after it; an empty answer that closes a list begun says nothing more.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describePty, itPty, KEY, openTerminal } from '../helpers/pty.js';
import { sandbox, type Sandbox } from '../helpers/cli.js';

let sb: Sandbox;

const SET = `format: 1
id: skippy
languages: [en, nl]
title: { en: Skippy, nl: Overslaan }
phases:
  - id: p
    title: { en: Part, nl: Deel }
    questions:
      - id: extra
        kind: text
        optional: true
        ask: { en: Anything to add?, nl: Nog iets toe te voegen? }
      - id: helps
        kind: list
        ask: { en: What helps?, nl: Wat helpt? }
        more: { en: What else helps?, nl: Wat helpt nog meer? }
      - id: word
        kind: text
        ask: { en: One word for it?, nl: Eén woord ervoor? }
`;

beforeEach(async () => {
  sb = await sandbox();
  await mkdir(path.join(sb.dir, 'sets'));
  await writeFile(path.join(sb.dir, 'sets', 'skippy.yaml'), SET);
});
afterEach(() => sb.cleanup());

describePty('a skipped question at a terminal', () => {
  itPty('leaves "(skipped)" after the question, in the session language', { timeout: 40_000 }, async () => {
    for (const [lang, ask, skipped, more] of [
      ['en', 'Anything to add?', 'skipped', 'What else helps?'],
      ['nl', 'Nog iets toe te voegen?', 'overgeslagen', 'Wat helpt nog meer?'],
    ] as const) {
      // a journal each: the first run leaves an unfinished session that start would offer to continue
      const t = openTerminal(['start', 'skippy', '--lang', lang, '--sets', path.join(sb.dir, 'sets')], {
        ...sb.env,
        OPLOS_JOURNAL: path.join(sb.dir, `journal-${lang}`),
      });
      await t.waitFor(ask);
      t.press(KEY.enter);
      await t.waitFor(new RegExp(`✔ ${ask.replace('?', '\\?')} \\(${skipped}\\)`));
      await t.line('a walk');
      await t.waitFor(more);
      t.press(KEY.enter);
      // the list closed: its last line carries no "(skipped)"
      await t.waitFor(lang === 'en' ? 'One word for it?' : 'Eén woord ervoor?');
      expect(t.screen()).not.toMatch(new RegExp(`${more.replace('?', '\\?')} \\(${skipped}\\)`));
      t.press(KEY.ctrlC);
      expect((await t.exited).exitCode).toBe(130);
    }
  });
});
