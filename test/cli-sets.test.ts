/**
 * The built binary's `sets` commands, and sets from outside the project:
 * listing, showing, validating with FILE:LINE:COL, a --sets folder that
 * overrides a bundled set, a broken file beside good ones, and a
 * one-language set run in another language.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, sandbox, storedSessions, type Sandbox } from './helpers/cli.js';
import { cliIn } from './helpers/run-cli.js';

const BUNDLED = path.join(ROOT, 'question-sets');
const FIXTURE_SETS = path.join(ROOT, 'test', 'fixtures', 'sets');

let sb: Sandbox;
let dir: string;
beforeEach(async () => {
  sb = await sandbox();
  dir = path.join(sb.dir, 'sets');
  await mkdir(dir);
});
afterEach(() => sb.cleanup());

const { run, ok } = cliIn(() => sb);
const write = async (name: string, lines: string[]) => {
  const file = path.join(dir, name);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
};
const lines = (s: string) => s.split('\n').filter(Boolean);
const storedEntries = () => storedSessions<{ set: string; answers: { question: string; asked: string; value?: unknown }[] }>(sb.journal);

/** A valid one-language set, without warnings, for a phase of questions given as YAML lines. */
const set = (id: string, questions: string[]) => [
  'format: 1',
  `id: ${id}`,
  'languages: [en]',
  `title: Set ${id}`,
  'phases:',
  '  - id: only',
  '    title: Only',
  '    questions:',
  ...questions,
];

const scale = ['      - id: now', '        kind: scale', '        ask: Where are you now?', '        labels: { 0: Nowhere, 10: There }'];

// Broken sets; the comments give the position each problem must be reported at.
const brokenSets = async () => ({
  // line 16 is `        when: now >> 3`; the second ">" is column 20
  condition: await write(
    'condition.yaml',
    set('condition', [...scale, '      - id: why', '        kind: text', '        ask: Why?', '        when: now >> 3']),
  ),
  // line 11 is `        ask: { nl: Wat hoop je? }`; the map starts at column 14
  missingText: await write('missing-text.yaml', [
    'format: 1',
    'id: missing-text',
    'languages: [nl, en]',
    'title: { nl: Titel, en: Title }',
    'phases:',
    '  - id: only',
    '    title: { nl: Fase, en: Phase }',
    '    questions:',
    '      - id: hopes',
    '        kind: text',
    '        ask: { nl: Wat hoop je? }',
  ]),
  // line 11 is `        ask: "You said {{second}}. Why?"`; the reference starts at column 24
  forward: await write(
    'forward.yaml',
    set('forward', [
      '      - id: first',
      '        kind: text',
      '        ask: "You said {{second}}. Why?"',
      '      - id: second',
      '        kind: text',
      '        ask: Second?',
    ]),
  ),
  // line 4 is `title: Foo: bar`: a mapping inside a plain value, at column 8
  syntax: await write('syntax.yaml', ['format: 1', 'id: syntax', 'languages: [en]', 'title: Foo: bar', 'phases: []']),
});

const problemLine = (out: string, file: string) => lines(out).filter((l) => l.startsWith(`${file}:`));

describe('sets list', () => {
  it('--json is an array of the loaded sets with id, title, languages, questions and source', async () => {
    const r = await ok(['sets', 'list', '--json']);
    const list = JSON.parse(r.stdout) as { id: string; title: string; languages: string[]; questions: number; source: string }[];
    expect(Array.isArray(list)).toBe(true);
    const files = readdirSync(BUNDLED).filter((f) => f.endsWith('.yaml'));
    expect(list.map((s) => s.id).sort()).toEqual(
      files.map((f) => (parse(readFileSync(path.join(BUNDLED, f), 'utf8')) as { id: string }).id).sort(),
    );
    for (const f of files) {
      const doc = parse(readFileSync(path.join(BUNDLED, f), 'utf8')) as {
        id: string;
        languages: string[];
        title: Record<string, string>;
        phases: { questions: unknown[] }[];
      };
      const row = list.find((s) => s.id === doc.id)!;
      expect(row).toMatchObject({
        title: doc.title['en'],
        languages: doc.languages,
        questions: doc.phases.reduce((n, p) => n + p.questions.length, 0),
        source: 'bundled',
      });
    }
  });

  it('as a table names every set, and in Dutch with --lang nl', async () => {
    const en = await ok(['sets', 'list']);
    expect(en.stdout).toMatch(/first-session\s+First session/);
    const nl = await ok(['sets', 'list', '--lang', 'nl']);
    expect(nl.stdout).toMatch(/first-session\s+Eerste gesprek/);
  });
});

describe('sets show', () => {
  it('shows the phases and questions in order, with their conditions', async () => {
    const r = await ok(['sets', 'show', 'first-session']);
    expect(r.stdout).toContain('First session');
    const doc = parse(readFileSync(path.join(BUNDLED, 'first-session.yaml'), 'utf8')) as {
      phases: { questions: { id: string; when?: string }[] }[];
    };
    const ids = doc.phases.flatMap((p) => p.questions.map((q) => q.id));
    // each question is listed by its number and id: `   4  hopes  text`
    const at = ids.map((id, i) => r.stdout.search(new RegExp(`^\\s+${i + 1}\\s+${esc(id)}\\s`, 'm')));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const q of doc.phases.flatMap((p) => p.questions)) if (q.when) expect(r.stdout).toContain(q.when);
  });

  it('--lang nl shows the Dutch texts', async () => {
    const r = await ok(['sets', 'show', 'first-session', '--lang', 'nl']);
    expect(r.stdout).toContain('Eerste gesprek');
    expect(r.stdout).toContain('Sinds je deze afspraak hebt gemaakt');
    expect(r.stdout).not.toContain('Since you made this appointment');
  });

  it('an unknown set is exit 2 naming the known ones', async () => {
    const r = await run(['sets', 'show', 'no-such-set']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('first-session');
  });
});

describe('sets validate', () => {
  it('the bundled question-sets folder is valid: exit 0', async () => {
    const r = await run(['sets', 'validate', BUNDLED]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).filter((l) => !/: warning: /.test(l))).toEqual([]);
  });

  it('a folder with broken sets is exit 2, with one FILE:LINE:COL: message line per problem', async () => {
    const f = await brokenSets();
    await write('good.yaml', set('good', scale));
    const r = await run(['sets', 'validate', dir]);
    expect(r.code).toBe(2);
    const [cond] = problemLine(r.stdout, f.condition);
    expect(cond).toMatch(new RegExp(`^${esc(f.condition)}:16:20: .*"why"`));
    const [missing] = problemLine(r.stdout, f.missingText);
    expect(missing).toMatch(new RegExp(`^${esc(f.missingText)}:11:14: .*"hopes".*"en"`));
    const [fwd] = problemLine(r.stdout, f.forward);
    expect(fwd).toMatch(new RegExp(`^${esc(f.forward)}:11:24: .*second`));
    const [syn] = problemLine(r.stdout, f.syntax);
    expect(syn).toMatch(new RegExp(`^${esc(f.syntax)}:4:8: `));
    expect(problemLine(r.stdout, path.join(dir, 'good.yaml'))).toEqual([]);
    for (const file of Object.values(f)) expect(problemLine(r.stdout, file)).toHaveLength(1);
  });

  it('each broken file alone is exit 2; a good one alone is exit 0', async () => {
    const f = await brokenSets();
    for (const file of Object.values(f)) {
      const r = await run(['sets', 'validate', file]);
      expect(r.code, file).toBe(2);
      expect(
        lines(r.stdout).every((l) => /^.+:\d+:\d+: .+/.test(l)),
        r.stdout,
      ).toBe(true);
    }
    const good = await write('good.yaml', set('good', scale));
    expect((await run(['sets', 'validate', good])).code).toBe(0);
  });

  it('warnings alone exit 0, and are still printed as FILE:LINE:COL', async () => {
    // a scale without labels for its ends is worth a warning, not an error
    const file = await write('warn.yaml', set('warn', ['      - id: now', '        kind: scale', '        ask: Where are you now?']));
    const r = await run(['sets', 'validate', file]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stdout).toMatch(new RegExp(`^${esc(file)}:9:9: warning: `));
  });

  it('a path that does not exist is exit 2', async () => {
    expect((await run(['sets', 'validate', path.join(sb.dir, 'nothing-here')])).code).toBe(2);
  });
});

describe('--sets DIR', () => {
  const own = () =>
    write('my-first.yaml', [
      'format: 1',
      'id: first-session',
      'languages: [en]',
      'title: My own first session',
      'phases:',
      '  - id: only',
      '    title: Only',
      '    questions:',
      '      - id: hopes',
      '        kind: text',
      '        ask: What are your own best hopes?',
    ]);

  it('a set with a bundled id overrides the bundled one, and start uses it', async () => {
    await own();
    const answers = path.join(sb.dir, 'answers.yaml');
    await writeFile(answers, 'hopes: A calmer week\n');
    const list = JSON.parse((await ok(['sets', 'list', '--json', '--sets', dir])).stdout) as {
      id: string;
      title: string;
      source: string;
    }[];
    const row = list.find((s) => s.id === 'first-session')!;
    expect(row.title).toBe('My own first session');
    expect(row.source).not.toBe('bundled');
    await ok(['start', '--sets', dir, '--answers', answers]);
    const [e] = storedEntries();
    expect(e!.answers).toEqual([
      expect.objectContaining({ question: 'hopes', asked: 'What are your own best hopes?', value: 'A calmer week' }),
    ]);
  });

  it('OPLOS_SETS does the same', async () => {
    await own();
    const answers = path.join(sb.dir, 'answers.yaml');
    await writeFile(answers, 'hopes: A calmer week\n');
    await ok(['start', '--answers', answers], { OPLOS_SETS: dir });
    expect(storedEntries()[0]!.answers.map((a) => a.question)).toEqual(['hopes']);
  });

  it('a broken file in the folder is reported, and the other sets still load and run', async () => {
    await brokenSets();
    await copyFile(path.join(FIXTURE_SETS, 'outside-team-check-in.yaml'), path.join(dir, 'team.yaml'));
    const r = await ok(['sets', 'list', '--json', '--sets', dir]);
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((s) => s.id);
    expect(ids).toContain('team-check-in');
    expect(ids).toContain('first-session');
    expect(ids).not.toContain('condition');
    expect(r.stderr).not.toBe('');
    const answers = path.join(sb.dir, 'team-answers.yaml');
    await writeFile(
      answers,
      ['went-well: [Shipped the form]', 'now: 4', 'higher: Fewer meetings', 'mood: keen', 'step: Stand-up at the board'].join('\n'),
    );
    const started = await ok(['start', 'team-check-in', '--sets', dir, '--answers', answers]);
    expect(started.stderr).not.toBe('');
    expect(storedEntries()[0]!.set).toBe('team-check-in');
  });

  // Spec (question-set-format.md, "Validation errors"): "The same messages appear whenever a broken set is loaded."
  it('the report of a broken file in the folder gives the same FILE:LINE:COL: message lines as validate', async () => {
    const f = await brokenSets();
    const r = await ok(['sets', 'list', '--sets', dir]);
    expect(r.stderr).toContain(`${f.condition}:16:20: `);
    expect(r.stderr).toContain(`${f.missingText}:11:14: `);
    expect(r.stderr).toContain(`${f.forward}:11:24: `);
    expect(r.stderr).toContain(`${f.syntax}:4:8: `);
  });
});

describe("the user's own sets folder", () => {
  it('sets in the config folder load as the user’s, and --sets overrides them', async () => {
    const userDir = path.join(sb.dir, 'config', 'oplos', 'sets');
    await mkdir(userDir, { recursive: true });
    await writeFile(
      path.join(userDir, 'mine.yaml'),
      `${set('mine', scale).join('\n').replace('title: Set mine', 'title: From the user folder')}\n`,
    );
    const list = JSON.parse((await ok(['sets', 'list', '--json'])).stdout) as { id: string; title: string; source: string }[];
    expect(list.find((s) => s.id === 'mine')).toMatchObject({ title: 'From the user folder', source: 'user' });
    await write(
      'mine.yaml',
      set('mine', scale).map((l) => l.replace('title: Set mine', 'title: From --sets')),
    );
    const over = JSON.parse((await ok(['sets', 'list', '--json', '--sets', dir])).stdout) as { id: string; title: string }[];
    expect(over.find((s) => s.id === 'mine')!.title).toBe('From --sets');
  });
});

describe("an outside author's one-language set", () => {
  it('runs with start --answers in --lang nl, falling back to its English texts', async () => {
    await copyFile(path.join(FIXTURE_SETS, 'outside-team-check-in.yaml'), path.join(dir, 'team.yaml'));
    const answers = path.join(sb.dir, 'team-answers.yaml');
    await writeFile(
      answers,
      [
        'went-well: [Shipped the form, Pairing helped]',
        'now: 3',
        'higher: Fewer meetings',
        'mood: tired',
        'rest: true',
        'step: Stand-up at the board',
      ].join('\n'),
    );
    const r = await ok(['start', 'team-check-in', '--sets', dir, '--lang', 'nl', '--answers', answers]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Weekly team check-in');
    expect(r.stdout).toContain('Stand-up at the board');
    const [e] = storedEntries();
    expect(e!.set).toBe('team-check-in');
    const asked = Object.fromEntries(e!.answers.map((a) => [a.question, a.asked]));
    expect(asked['went-well']).toBe('What went well for the team last week?');
    expect(asked['how']).toContain('Shipped the form');
    expect(asked['higher']).toBe('What would 4 look like?');
    expect(asked['rest']).toBe('Should we plan a quieter day this week?');
  });

  it('sets show --lang nl shows its English texts', async () => {
    await copyFile(path.join(FIXTURE_SETS, 'outside-team-check-in.yaml'), path.join(dir, 'team.yaml'));
    const r = await ok(['sets', 'show', 'team-check-in', '--sets', dir, '--lang', 'nl']);
    expect(r.stdout).toContain('Weekly team check-in');
    expect(r.stdout).toContain('What is one small thing the team will try this week?');
  });
});

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
