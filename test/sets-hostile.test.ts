import { afterEach, describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSetFile, loadSetText } from '../src/sets/loader.js';
import { formatProblem } from '../src/sets/types.js';
import { HEAD, problemsOf, tempDirs, withQuestions } from './sets-helpers.js';

const temp = tempDirs();
afterEach(temp.clean);

/** `lineCol` undefined: wherever yaml gave up. */
const onlyErrorAt = (text: string | Uint8Array, lineCol: string | undefined, message: RegExp) => {
  const { set, problems } = loadSetText(text, 'f.yaml');
  expect(set).toBeUndefined();
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.every((p) => p.severity === 'error' && p.line >= 1 && p.col >= 1)).toBe(true);
  if (lineCol) expect(`${problems[0]!.line}:${problems[0]!.col}`).toBe(lineCol);
  expect(problems[0]!.message).toMatch(message);
};

describe('hostile files give problems, never a crash or a hang', () => {
  test('an alias bomb is refused', () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    onlyErrorAt(lines.join('\n'), '1:1', /too many aliases .* alias bomb/);
  });

  test('a few aliases are fine', () => {
    const text = withQuestions(
      '      - id: a',
      '        kind: text',
      '        ask: &same Same?',
      '      - id: b',
      '        kind: text',
      '        ask: *same',
    );
    const { set, problems } = loadSetText(text, 'f.yaml');
    expect(problems).toEqual([]);
    expect(set!.questions[1]!.ask).toEqual(set!.questions[0]!.ask);
  });

  test('__proto__ keys anywhere are refused and pollute nothing', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = `${HEAD.replace('title: T', 'title: T\n__proto__: { polluted: true }')}      - id: a\n        kind: text\n        ask: { nl: A, en: B, "__proto__": { polluted: 1 } }\n`;
    expect(problemsOf(text)).toEqual([
      'f.yaml:5:1: the key "__proto__" is not allowed',
      'f.yaml:12:30: the key "__proto__" is not allowed',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  test('a loaded set holds only plain data: no own __proto__, no prototype other than Object/Array/Map', () => {
    const { set } = loadSetFile(new URL('./fixtures/sets/outside-team-check-in.yaml', import.meta.url).pathname);
    const seen = new Set<unknown>();
    const walk = (v: unknown): void => {
      if (v === null || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      const proto: unknown = Object.getPrototypeOf(v);
      expect(proto === Object.prototype || proto === Array.prototype || proto === Map.prototype).toBe(true);
      expect(Object.hasOwn(v, '__proto__')).toBe(false);
      for (const child of v instanceof Map ? [...v.keys(), ...v.values()] : Object.values(v)) walk(child);
    };
    walk(set);
    expect(seen.size).toBeGreaterThan(50);
  });

  test('more than 1 MiB is refused before parsing, as text and as a file', () => {
    const big = `# ${'x'.repeat(1024 * 1024)}\n`;
    onlyErrorAt(big, '1:1', /at most 1 MiB/);
    const file = join(temp.make(), 'big.yaml');
    writeFileSync(file, big);
    expect(loadSetFile(file).problems.map(formatProblem)).toEqual([
      `${file}:1:1: the file is 1.00 MiB; a question set may be at most 1 MiB`,
    ]);
  });

  test('bytes that are not UTF-8 are an error naming the file and where', () => {
    const file = join(temp.make(), 'latin1.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('format: 1\nid: s\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(loadSetFile(file).problems.map(formatProblem)).toEqual([`${file}:3:11: the file is not UTF-8 text: save it as UTF-8`]);
  });

  test('a file that cannot be read is a problem, not a throw', () => {
    const dir = temp.make();
    expect(loadSetFile(join(dir, 'none.yaml')).problems.map(formatProblem)).toEqual([`${join(dir, 'none.yaml')}:1:1: no such file`]);
    expect(loadSetFile(dir).problems[0]!.message).toBe('this is a folder, not a file');
  });

  test('deeply nested garbage in flow, block and complex-key form', () => {
    onlyErrorAt('['.repeat(300_000) + ']'.repeat(300_000), undefined, /nested too deeply to read/);
    onlyErrorAt(`${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}`, undefined, /nested (too|more)/);
    onlyErrorAt('[{'.repeat(400), undefined, /.+/);
    onlyErrorAt(`${'? '.repeat(400)}x\n`, '1:3', /a key must be a plain word or number/);
    onlyErrorAt(Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}a:`).join('\n'), '25:49', /nested more than 24 levels deep/);
  });

  test('a map with very many keys is read in one pass', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: v`).join('\n');
    const { problems } = loadSetText(`${keys}\nk7: again\n`, 'f.yaml');
    expect(problems.map(formatProblem)).toEqual(['f.yaml:60001:1: the key "k7" appears twice in this map']);
  });

  test('a map used as a key is refused before it is turned into data', () => {
    expect(problemsOf('? [a, b]\n: 1\nformat: 1\n')).toEqual(['f.yaml:1:3: a key must be a plain word or number, not a list or map']);
  });
});
