/**
 * Counts read right in both languages (issue 20, finding 12; issue 22, point
 * 10): one helper on Intl.PluralRules, no `file(s)` or `antwoord(en)` left in
 * any catalogue; after a search, the line under `journal list` says how many
 * matched and offers more only when there can be more. The hint after a broken
 * set names the command with the file, so it runs as printed (finding 14).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { session, writeJournalFile } from './helpers/journal-file.js';
import { counted } from '../src/i18n/plural.js';
import { catalogue as cli } from '../src/cli/messages.js';
import { catalogue as menu } from '../src/cli/messages-menu.js';
import { mkdir, writeFile } from 'node:fs/promises';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
});
afterEach(() => sb.cleanup());

describe('counts', () => {
  it('one helper gives the singular for one and the plural otherwise, in both languages', () => {
    expect(counted(1, 'en', 'answer', 'answers')).toBe('1 answer');
    expect(counted(0, 'en', 'answer', 'answers')).toBe('0 answers');
    expect(counted(1, 'nl', 'antwoord', 'antwoorden')).toBe('1 antwoord');
    expect(counted(1200, 'nl', 'antwoord', 'antwoorden')).toBe('1.200 antwoorden');
    expect(cli.nl.resuming('abc', 1, 1)).toBe('Verder met gesprek abc (1 antwoord tot nu toe, en 1 punt van de lijst die bezig was).');
    expect(cli.en.resuming('abc', 2, 3)).toBe('Continuing session abc (2 answers so far, and 3 items of the list under way).');
    expect(cli.en.validOk(1)).toBe('1 file checked, no errors.');
    expect(cli.nl.validBad(1, 2)).toBe('1 fout, 2 waarschuwingen.');
    expect(cli.en.deleted(1)).toBe('Deleted 1 session.');
    expect(cli.nl.purgeNone(1)).toBe('Geen afgeronde gesprekken ouder dan 1 maand.');
  });

  it('no catalogue writes a count as word(s) or woord(en)', () => {
    const src = path.join(import.meta.dirname, '..', 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /messages[\w-]*\.ts$|texts\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const text = readFileSync(path.join(src, f), 'utf8');
      // in a text ("file(s) checked", `antwoord(en) tot`), not a call in code such as pick(s)
      expect(text.match(/[a-z]\((s|en|ken|es)\)(?=[ `'])/g), f).toBeNull();
    }
  });

  it('the menu names one session found among five as the newest, not "the newest 1"', () => {
    expect(menu.en.found(1, 5)).toBe('Which session? (the newest of 5)');
    expect(menu.nl.found(1, 5)).toBe('Welk gesprek? (het nieuwste van 5)');
    expect(menu.en.found(3, 5)).toBe('Which session? (the newest 3 of 5)');
  });
});

describe('journal list after a search', () => {
  beforeEach(async () => {
    await writeJournalFile(sb.journal, [
      session(1, '2026-11-01T10:00:00.000Z', {}, { step: 'walk the dog' }),
      session(2, '2026-11-02T10:00:00.000Z'),
      session(3, '2026-11-03T10:00:00.000Z'),
    ]);
  });
  const list = (args: string[], lang = 'en') => oplosIn(['journal', 'list', '--lang', lang, ...args], { ...sb.env, COLUMNS: '100' });

  it('says one match among three sessions, and offers no more where there is none', async () => {
    const r = await list(['--search', 'dog']);
    expect(r.code).toBe(0);
    const last = r.stdout.trimEnd().split('\n').at(-1);
    expect(last).toBe('1 match among 3 sessions');
    const nl = await list(['--search', 'dog'], 'nl');
    expect(nl.stdout.trimEnd().split('\n').at(-1)).toBe('1 gevonden onder 3 gesprekken');
  });

  it('offers more when the limit may have left matches out', async () => {
    const r = await list(['--client', 'P.', '-n', '1']);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('the newest match; more with -n N, or all with --all');
  });

  it('without a filter: "2 of 3 sessions"', async () => {
    const r = await list(['-n', '2']);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('2 of 3 sessions');
  });
});

describe('a broken set file', () => {
  it('the hint names sets validate with the file, so it runs as printed', async () => {
    const sets = path.join(sb.dir, 'sets');
    await mkdir(sets);
    const file = path.join(sets, 'broken.yaml');
    await writeFile(file, 'format: 1\nid: broken\nphases: 5\n');
    const r = await oplosIn(['sets', 'list', '--sets', sets, '--lang', 'en'], sb.env);
    expect(r.stderr).toContain(`A set file has problems and was skipped; see: oplos sets validate ${file}`);
    const again = await oplosIn(['sets', 'validate', file, '--lang', 'en'], sb.env);
    expect(again.stderr).not.toContain('missing required argument');
  });
});
