/** Every problem of a set file in one run (issue 22 point 11): a schema error elsewhere does not hide a question's own. */
import { describe, expect, it } from 'vitest';
import { problemsOf, withQuestions } from './sets-helpers.js';

describe('every problem of a file at once', () => {
  it('a choice of one option and a reversed scale: both reported', () => {
    const problems = problemsOf(
      withQuestions(
        '      - id: pick',
        '        kind: choice',
        '        ask: Which?',
        '        choices:',
        '          - { value: only, label: Only }',
        '      - id: how',
        '        kind: scale',
        '        ask: How much?',
        '        min: 10',
        '        max: 0',
      ),
    );
    expect(problems).toEqual([
      'f.yaml:13:11: question "pick": "choices": a choice needs at least two options',
      'f.yaml:17:14: question "how": "min" (10) must be lower than "max" (0)',
    ]);
  });

  it('a question with a schema problem of its own is reported once, by the schema', () => {
    const problems = problemsOf(
      withQuestions('      - id: how', '        kind: scale', '        ask: How much?', '        min: ten', '        max: 0'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"min"/);
  });
});

describe('problems in Dutch (issue 22 point 11, the part moved to sets/messages-problems.ts)', () => {
  it('sets validate --lang nl says a scale problem in Dutch, --lang en in English', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const { sandbox } = await import('./helpers/cli.js');
    const { runCli } = await import('./helpers/run-cli.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'oplos-nl-problems-'));
    const sb = await sandbox();
    try {
      const file = path.join(dir, 's.yaml');
      await writeFile(
        file,
        withQuestions('      - id: how', '        kind: scale', '        ask: How much?', '        min: 10', '        max: 0'),
      );
      const nl = await runCli(['sets', 'validate', file, '--lang', 'nl'], { env: sb.env });
      expect(nl.stdout).toContain(`${file}:12:14: vraag "how": "min" (10) moet lager zijn dan "max" (0)`);
      await writeFile(
        path.join(dir, 't.yaml'),
        withQuestions('      - id: a', '        kind: scale', '        ask: How?', '        min: ten', '        colour: red'),
      );
      const schema = await runCli(['sets', 'validate', path.join(dir, 't.yaml'), '--lang', 'nl'], { env: sb.env });
      expect(schema.stdout).toContain('vraag "a": "min" moet een getal zijn, niet "ten"');
      expect(schema.stdout).toContain('waarschuwing: vraag "a": onbekend veld "colour" voor een scale-vraag (genegeerd)');
      const en = await runCli(['sets', 'validate', file, '--lang', 'en'], { env: sb.env });
      expect(en.stdout).toContain(`${file}:12:14: question "how": "min" (10) must be lower than "max" (0)`);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await sb.cleanup();
    }
  });
});

describe('problems in Dutch, straight from the loader', () => {
  it('a question id used twice and a language listed twice', async () => {
    const { loadSetText } = await import('../src/sets/loader.js');
    const { formatProblemIn } = await import('../src/sets/types.js');
    const text = withQuestions(
      '      - id: a',
      '        kind: text',
      '        ask: A?',
      '      - id: a',
      '        kind: text',
      '        ask: B?',
    ).replace('languages: [nl, en]', 'languages: [nl, en, nl]');
    const problems = loadSetText(text, 'f.yaml').problems;
    expect(problems.map(formatProblemIn('nl'))).toEqual([
      'f.yaml:3:21: de taal "nl" staat er twee keer',
      'f.yaml:12:13: de id "a" van een vraag staat al op regel 9',
    ]);
    expect(problems.map(formatProblemIn('en'))).toEqual([
      'f.yaml:3:21: language "nl" is listed twice',
      'f.yaml:12:13: question id "a" is already used at line 9',
    ]);
  });
});

describe('a text problem in Dutch', () => {
  it('a text without the Dutch of a two-language set', async () => {
    const { loadSetText } = await import('../src/sets/loader.js');
    const { formatProblemIn } = await import('../src/sets/types.js');
    const problems = loadSetText(withQuestions('      - id: a', '        kind: text', '        ask: { en: Why? }'), 'f.yaml').problems;
    expect(problems.map(formatProblemIn('nl'))).toEqual(['f.yaml:11:14: vraag "a": "ask" heeft geen tekst in de taal "nl"']);
    expect(problems.map(formatProblemIn('en'))).toEqual(['f.yaml:11:14: question "a": "ask" has no text for language "nl"']);
  });
});

describe('the schema’s own messages', () => {
  it('each message written in schema.ts has its Dutch, and a Dutch run uses it', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { SCHEMA_NL } = await import('../src/sets/messages-problems.js');
    const source = readFileSync(path.join(import.meta.dirname, '..', 'src', 'sets', 'schema.ts'), 'utf8');
    const written = [...source.matchAll(/error: '([^']+)'/g)].map((m) => m[1]!);
    expect(written.length).toBeGreaterThan(5);
    for (const m of written) expect(SCHEMA_NL[m], m).toBeDefined();
    const { loadSetText } = await import('../src/sets/loader.js');
    const { formatProblemIn } = await import('../src/sets/types.js');
    const problems = loadSetText(
      withQuestions(
        '      - id: pick',
        '        kind: choice',
        '        ask: Which?',
        '        choices:',
        '          - { value: only, label: Only }',
      ),
      'f.yaml',
    ).problems;
    expect(problems.map(formatProblemIn('nl'))).toEqual([
      'f.yaml:13:11: vraag "pick": "choices": een keuzevraag heeft minstens twee opties nodig',
    ]);
  });
});

describe('a file-level problem in Dutch', () => {
  it('a key twice and a file that is not UTF-8', async () => {
    const { loadSetText } = await import('../src/sets/loader.js');
    const { formatProblemIn } = await import('../src/sets/types.js');
    expect(loadSetText('format: 1\nformat: 1\n', 'f.yaml').problems.map(formatProblemIn('nl'))).toEqual([
      'f.yaml:2:1: de sleutel "format" staat twee keer in deze map',
    ]);
    expect(loadSetText(Uint8Array.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]), 'f.yaml').problems.map(formatProblemIn('nl'))[0]).toMatch(
      /het bestand is geen UTF-8-tekst/,
    );
  });
});
