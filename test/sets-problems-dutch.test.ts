/**
 * Issue 22 point 11: `sets validate --lang nl` says every kind of problem in Dutch: conditions,
 * references in `{{…}}` and conditions, `revises`, sets that continue another, the folder's problems,
 * YAML and the schema. Only the YAML library's own text stays English, in parentheses.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox } from './helpers/cli.js';
import { runCli } from './helpers/run-cli.js';
import { withQuestions } from './sets-helpers.js';

/** Words that show an English sentence; quoted parts ("…") and the YAML library's own text are taken out first. */
const ENGLISH =
  /\b(the|is not|must|expected|found|question|cannot|there|only|needs|no such|not available|neither|column|folder|file|syntax|nested|aliases|unexpected|reference|own answer|asked|this set|values)\b/i;

const sentence = (line: string): string =>
  line
    .replace(/^.*?:\d+:\d+: /, '') // FILE:LINE:COL:
    .replace(/\(de YAML-bibliotheek zegt: .*\)$/, '')
    .replace(/"[^"]*"/g, '""')
    .replace(/\{\{[^}]*\}\}/g, '{{}}');

let dir = '';
let sb: Awaited<ReturnType<typeof sandbox>>;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'oplos-nl-all-'));
  sb = await sandbox();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await sb.cleanup();
});

const files = async (): Promise<string[]> => {
  const write = async (name: string, text: string) => {
    const file = path.join(dir, name);
    await writeFile(file, text);
    return file;
  };
  const q = (id: string, kind: string, ...more: string[]) => [`      - id: ${id}`, `        kind: ${kind}`, `        ask: ${id}?`, ...more];
  const refs = await write(
    'refs.yaml',
    withQuestions(
      ...q('how', 'scale', '        min: 0', '        max: 10', '        labels: { 0: none, 10: all }'),
      ...q('pick', 'choice', '        choices: [{ value: a, label: A }, { value: b, label: B }]'),
      ...q('who', 'text', '        per: participant'),
      ...q('c1', 'text', '        when: how <= '),
      ...q('c2', 'text', '        when: (how > 2'),
      ...q('c3', 'text', '        when: how ~ 2'),
      ...q('c4', 'text', '        when: how is maybe'),
      ...q('c5', 'text', '        when: pick = a.b'),
      ...q('c6', 'text', '        when: how > 2 pick'),
      ...q('c7', 'text', '        when: last. is answered'),
      ...q('c8', 'text', '        when: >', '          how > 2', '          or or'),
      ...q('t0', 'text', '        help: >', '          see', '          {{nope}}'),
      ...q('t1', 'text', '        help: "{{later}} {{nothing}}"'),
      ...q('t2', 'text', '        help: "see {{ how.size }}"'),
      ...q('t3', 'text', '        help: "{{pick.next}}"'),
      ...q('t4', 'text', '        help: "{{}}"'),
      ...q('t5', 'text', '        help: "{{how"'),
      ...q('t6', 'text', '        help: "{{last.gone}}"'),
      ...q('t7', 'text', '        help: "{{t7}}"'),
      ...q('t8', 'text', '        help: "{{Bad}}"'),
      ...q('t9', 'text', '        help: "{{a.b.c.d}}"'),
      ...q('u1', 'text', '        when: pick = z'),
      ...q('u2', 'text', '        when: how = a'),
      ...q('u3', 'text', '        when: pick > 2'),
      ...q('u4', 'text', '        when: how is yes'),
      ...q('u5', 'text', '        when: who is answered'),
      ...q('u6', 'text', '        when: client > 2'),
      ...q('later', 'text'),
      ...q('r1', 'scale', '        min: 1', '        max: 5', '        labels: { 1: a, 5: b }', '        revises: how'),
      ...q('r2', 'text', '        revises: nothing'),
      ...q('r3', 'text', '        revises: r4'),
      ...q('r4', 'text'),
    ).replace('format: 1', 'format: 1.2'),
  );
  await write('base.yaml', withQuestions(...q('now', 'scale', '        labels: { 0: none, 10: all }')).replace('id: s', 'id: base'));
  const cont = await write(
    'cont.yaml',
    withQuestions(...q('a', 'text', '        help: "{{last.gone}} {{last.now.count}}"'))
      .replace('id: s', 'id: cont\ncontinues: base')
      .replace('format: 1', 'format: 1.2'),
  );
  const away = await write(
    'away.yaml',
    withQuestions(...q('a', 'text', '        help: "{{last.gone}}"'))
      .replace('id: s', 'id: away\ncontinues: elsewhere')
      .replace('format: 1', 'format: 1.2'),
  );
  const yaml = await write('yaml.yaml', 'format: 1\nid: [a, b\ntitle: x\n');
  const schema = await write('schema.yaml', withQuestions(...q('Bad_Id', 'text')).replace('languages: [nl, en]', 'languages: [nl, EN!]'));
  const twice = path.join(dir, 'twice');
  await mkdir(twice);
  await writeFile(path.join(twice, 'one.yaml'), withQuestions(...q('a', 'text')));
  await writeFile(path.join(twice, 'two.yaml'), withQuestions(...q('a', 'text')));
  const folderless = await write('plain.txt', 'not a folder');
  return [refs, path.join(dir, 'base.yaml'), cont, away, yaml, schema, twice, path.join(dir, 'missing.yaml'), path.join(folderless, 'x')];
};

describe('every kind of set problem in Dutch (issue 22 point 11)', () => {
  it('sets validate --lang nl leaves no English sentence; --lang en says the same problems in English', async () => {
    const args = await files();
    const en = await runCli(['sets', 'validate', ...args, '--lang', 'en'], { env: sb.env });
    const nl = await runCli(['sets', 'validate', ...args, '--lang', 'nl'], { env: sb.env });
    const lines = (out: string) => out.split('\n').filter((l) => l.trim() !== '');
    const enLines = lines(en.stdout);
    const nlLines = lines(nl.stdout);
    // each kind is there, in English
    for (const kind of [
      'condition: expected',
      'unexpected character',
      'is asked later',
      'there is no question "nothing"',
      'cannot refer to its own answer',
      'is not closed with',
      'holds no reference',
      'unknown ".size"',
      'is not a question id',
      'has too many parts',
      '.next needs a scale',
      'is not a value of choice',
      'needs a choice question',
      'has a number to compare',
      'needs a confirm question',
      'is asked of each participant',
      'can only test "client"',
      'continues no other set',
      '"revises"',
      'is a question of neither this set nor "base"',
      '.count needs a list',
      '"continues": the set "elsewhere" is not available',
      'YAML:',
      'must be lowercase letters',
      'not a language code',
      'is also defined in',
      'no such file or folder',
    ])
      expect(en.stdout, kind).toContain(kind);
    expect(nlLines).toHaveLength(enLines.length);
    const english = nlLines.filter((l) => ENGLISH.test(sentence(l)));
    expect(english).toEqual([]);
    expect(nl.stdout).toMatch(/kolom \d+ van de voorwaarde\)$/m);
    expect(nl.stdout).toMatch(/kolom \d+ van de tekst\)$/m);
    expect(nl.stdout).toContain('(de YAML-bibliotheek zegt: ');
  });
});
