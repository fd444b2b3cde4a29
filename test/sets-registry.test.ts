import { afterEach, describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSets, validatePaths } from '../src/sets/registry.js';
import { formatProblem } from '../src/sets/types.js';
import { tempDirs } from './sets-helpers.js';

const temp = tempDirs();
afterEach(temp.clean);

/** A small valid set; `extra` lines go at the top level (line 5 on), `questions` replace the default one. */
const setText = (id: string, title: string, opts: { extra?: string; questions?: string } = {}) => `format: 1
id: ${id}
languages: [en]
title: ${title}
${opts.extra ?? ''}phases:
  - id: p
    title: P
    questions:
${opts.questions ?? '      - { id: q, kind: text, ask: Q? }'}
`;

const folder = (files: Record<string, string>): string => {
  const dir = temp.make();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

describe('loadSets', () => {
  test('a later folder overrides an earlier one by id; the others stay', () => {
    const bundled = folder({ 'a.yaml': setText('a', 'A bundled'), 'b.yml': setText('b', 'B'), 'notes.md': 'not a set' });
    const user = folder({ 'mine.yaml': setText('a', 'A user') });
    const extra = folder({ 'c.YAML': setText('c', 'C') });
    const { sets, problems } = loadSets({
      dirs: [
        { dir: bundled, origin: 'bundled' },
        { dir: user, origin: 'user' },
        { dir: extra, origin: 'dir', required: true },
      ],
    });
    expect(problems).toEqual([]);
    expect([...sets.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(sets.get('a')!.title).toEqual({ en: 'A user' });
    expect(sets.get('a')!.source).toEqual({ origin: 'user', file: join(user, 'mine.yaml') });
    expect(sets.get('b')!.source.origin).toBe('bundled');
    expect(sets.get('c')!.source.origin).toBe('dir');
  });

  test('a broken file is reported and skipped; the others still load', () => {
    const dir = folder({
      'a.yaml': setText('a', 'A'),
      'broken.yaml': 'format: 1\nid: [\n',
      'bad.yaml': setText('bad', 'Bad').replace('kind: text', 'kind: essay'),
    });
    const { sets, problems } = loadSets({ dirs: [{ dir, origin: 'user' }] });
    expect([...sets.keys()]).toEqual(['a']);
    expect(problems.map(formatProblem)).toEqual([
      `${join(dir, 'bad.yaml')}:9:24: question "q": unknown kind "essay": expected text, long, list, scale, choice or confirm`,
      `${join(dir, 'broken.yaml')}:3:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  test('two sets with one id in the same folder: the second file is a problem and skipped', () => {
    const dir = folder({ '1.yaml': setText('a', 'First'), '2.yaml': setText('a', 'Second') });
    const { sets, problems } = loadSets({ dirs: [{ dir, origin: 'user' }] });
    expect(sets.get('a')!.title).toEqual({ en: 'First' });
    expect(problems.map(formatProblem)).toEqual([
      `${join(dir, '2.yaml')}:1:1: set "a" is also defined in ${join(dir, '1.yaml')}, in the same folder; this file is skipped`,
    ]);
  });

  test('a missing folder is fine unless it was given explicitly; a file given as a folder is a problem', () => {
    const gone = join(temp.make(), 'gone');
    expect(loadSets({ dirs: [{ dir: gone, origin: 'user' }] })).toEqual({ sets: new Map(), problems: [] });
    expect(loadSets({ dirs: [{ dir: gone, origin: 'dir', required: true }] }).problems.map(formatProblem)).toEqual([
      `${gone}:1:1: no such folder of sets`,
    ]);
    const file = join(folder({ 'a.yaml': setText('a', 'A') }), 'a.yaml');
    expect(loadSets({ dirs: [{ dir: file, origin: 'dir', required: true }] }).problems.map(formatProblem)).toEqual([
      `${file}:1:1: this is a file, not a folder of sets`,
    ]);
  });

  test('cross-set checks run against the final sets: last.q must be in the continued set (as overridden)', () => {
    const follow = (id: string, ask: string) =>
      setText(id, id, { extra: 'continues: first\n', questions: `      - { id: q2, kind: text, ask: "${ask}" }` });
    const bundled = folder({ 'first.yaml': setText('first', 'First') });
    const user = folder({
      'first.yaml': setText('first', 'First, mine', {
        questions: '      - { id: q, kind: text, ask: Q? }\n      - { id: extra, kind: text, ask: E? }',
      }),
      'ok.yaml': follow('ok', '{{last.extra}}'),
      'wrong.yaml': follow('wrong', '{{last.nope}}'),
    });
    const { sets, problems } = loadSets({
      dirs: [
        { dir: bundled, origin: 'bundled' },
        { dir: user, origin: 'user' },
      ],
    });
    expect([...sets.keys()].sort()).toEqual(['first', 'ok']);
    expect(problems.map(formatProblem)).toEqual([
      `${join(user, 'wrong.yaml')}:10:37: question "q2": {{last.nope}}: "nope" is a question of neither this set nor "first"`,
    ]);
  });

  test('continuing a set that is not loaded is a warning; the set loads', () => {
    const dir = folder({
      'f.yaml': setText('f', 'F', { extra: 'continues: elsewhere\n', questions: '      - { id: q2, kind: text, ask: "{{last.q}}" }' }),
    });
    const { sets, problems } = loadSets({ dirs: [{ dir, origin: 'user' }] });
    expect(sets.has('f')).toBe(true);
    expect(problems.map((p) => `${p.line}:${p.col} ${p.severity}`)).toEqual(['5:12 warning', '10:37 warning']);
  });
});

describe('validatePaths', () => {
  test('files and folders; a path that does not exist is a problem; every checked file is listed', () => {
    const dir = folder({ 'a.yaml': setText('a', 'A'), 'b.yaml': setText('b', 'B').replace('title: B', 'title: ""') });
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'c.txt'), setText('c', 'C'));
    const result = validatePaths([dir, join(sub, 'c.txt'), join(dir, 'none.yaml')]);
    expect(result.files).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yaml'), join(sub, 'c.txt')]);
    expect(result.problems.map(formatProblem)).toEqual([
      `${join(dir, 'b.yaml')}:4:8: "title": a text must not be empty`,
      `${join(dir, 'none.yaml')}:1:1: no such file or folder`,
    ]);
  });

  test('continues is resolved among the given files first, then among the known sets', () => {
    const first = folder({ 'first.yaml': setText('first', 'First') });
    const followText = setText('follow', 'Follow', {
      extra: 'continues: first\n',
      questions: '      - { id: q2, kind: text, ask: "{{last.q}} {{last.zz}}" }',
    });
    const follow = join(folder({ 'follow.yaml': followText }), 'follow.yaml');
    const wrong = [`${follow}:10:48: question "q2": {{last.zz}}: "zz" is a question of neither this set nor "first"`];
    expect(validatePaths([follow, join(first, 'first.yaml')]).problems.map(formatProblem)).toEqual(wrong);
    const known = loadSets({ dirs: [{ dir: first, origin: 'bundled' }] }).sets;
    expect(validatePaths([follow], known).problems.map(formatProblem)).toEqual(wrong);
    expect(validatePaths([follow]).problems.map((p) => p.severity)).toEqual(['warning', 'warning', 'warning']);
  });
});
