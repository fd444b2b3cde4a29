/**
 * The completion scripts, run for real: bash sources the script and calls
 * its completion function with COMP_WORDS / COMP_CWORD set as bash sets them
 * at a Tab; COMPREPLY is what a person would be offered. `oplos` on the PATH
 * is the built binary, so set ids, client labels and config keys come from
 * the hidden `oplos completion --list …`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, sandbox, type Sandbox } from '../helpers/cli.js';
import { oplosIn } from '../helpers/run-cli.js';
import { zshSkipReason } from '../helpers/requirements.js';
import { session, writeJournalFile } from '../helpers/journal-file.js';

let sb: Sandbox;
let script: string;
const zshSkip = zshSkipReason();

beforeAll(async () => {
  sb = await sandbox();
  const bin = path.join(sb.dir, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'oplos'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path.join(bin, 'oplos'), 0o755);
  sb.env['PATH'] = `${bin}:${sb.env['PATH']}`;
  await writeJournalFile(sb.journal, [
    session(1, '2026-03-02T10:00:00.000Z', { client: 'Z-3' }),
    session(2, '2026-04-05T10:00:00.000Z', { client: 'Q.' }),
  ]);
  script = path.join(sb.dir, 'oplos.bash');
  writeFileSync(script, (await oplosIn(['completion', 'bash'], sb.env)).stdout);
});
afterAll(() => sb.cleanup());

/** What bash offers at a Tab after `words` (the last one is the word being completed). */
const complete = (...words: string[]): string[] => {
  const out = execFileSync(
    'bash',
    [
      '-c',
      `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _oplos; printf '%s\\n' "\${COMPREPLY[@]}"`,
      'complete',
      script,
      'oplos',
      ...words,
    ],
    { env: sb.env, encoding: 'utf8', cwd: sb.dir },
  );
  return out.split('\n').filter(Boolean);
};

describe('bash completion', () => {
  it('completes commands at every level', () => {
    expect(complete('st')).toEqual(['start']);
    expect(complete('journal', 'ex')).toEqual(['export']);
    expect(complete('config', '')).toEqual(['get', 'set', 'unset', 'list']);
  });

  it('completes options', () => {
    expect(complete('journal', 'list', '--cl')).toEqual(['--client']);
    expect(complete('progress', '--for')).toEqual(['--format']);
  });

  it('completes the values of an option: formats and languages', () => {
    expect(complete('journal', 'export', '--format', '')).toEqual(['md', 'json', 'csv', 'html', 'leerverslag']);
    expect(complete('journal', 'export', '--format', 'c')).toEqual(['csv']);
    expect(complete('journal', 'export', '--format=h')).toEqual(['--format=html']);
    expect(complete('start', '--lang', '')).toEqual(['nl', 'en']);
  });

  it('stays right after an option that took a value', () => {
    const sets = complete('start', '--lang', 'nl', '');
    expect(sets).toContain('first-session');
    expect(sets).toContain('follow-up');
    expect(complete('start', '--lang', 'nl', '--cl')).toEqual(['--client']);
  });

  it('completes set ids, client labels and config keys', () => {
    expect(complete('sets', 'show', 'fo')).toEqual(['follow-up']);
    expect(complete('prepare', '--client', '').sort()).toEqual(['Q.', 'Z-3']);
    expect(complete('journal', 'list', '--client', 'Z')).toEqual(['Z-3']);
    expect(complete('journal', 'list', '--set', 'first')).toEqual(['first-session']);
    expect(complete('config', 'get', '')).toEqual(['lang', 'default-set', 'journal', 'editor', 'retention-months', 'accessible']);
    expect(complete('completion', '')).toEqual(['bash', 'zsh']);
  });

  it('takes the journal given on the line for client labels', async () => {
    const other = path.join(sb.dir, 'other', 'journal.json');
    await writeJournalFile(other, [session(3, '2026-05-01T10:00:00.000Z', { client: 'K-9' })]);
    expect(complete('journal', 'list', '--journal', other, '--client', '')).toEqual(['K-9']);
  });

  it('offers nothing for free text', () => {
    expect(complete('journal', 'list', '--search', '')).toEqual([]);
  });
});

describe.skipIf(zshSkip !== undefined)(`zsh completion${zshSkip ? ` — skipped: ${zshSkip}` : ''}`, () => {
  it('loads in zsh', async () => {
    const file = path.join(sb.dir, '_oplos');
    writeFileSync(file, (await oplosIn(['completion', 'zsh'], sb.env)).stdout);
    const r = spawnSync('zsh', ['-c', `autoload -U compinit && compinit -u; source "${file}"; (( $+functions[_oplos] )) && echo loaded`], {
      env: sb.env,
      encoding: 'utf8',
    });
    expect(r.stdout).toContain('loaded');
  });
});
