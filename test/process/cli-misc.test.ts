/**
 * The built binary's other commands: progress, prepare, demo, config and
 * completion; and what holds everywhere: colour only when wanted, errors as
 * one line, unknown commands and options, --version and --help.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'yaml';
import { BIN, oplos, ROOT, sandbox, storedSessions, type Sandbox } from '../helpers/cli.js';
import { cliIn, oneLine } from '../helpers/run-cli.js';
import { itPty, loadPty } from '../helpers/pty.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
const BUNDLED = path.join(ROOT, 'question-sets');
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/;

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const { run, ok } = cliIn(() => sb);
const entries = () => storedSessions<{ id: string; set: string; client?: string }>(sb.journal);

const FOLLOW_UP = [
  'better: "We left on time twice"',
  'change: better',
  'reinforce: "Clothes ready the evening before"',
  'now: 6',
  'now-up: "The routine on Sunday"',
  'next-point: "Three calm mornings"',
  'step: "Keep the Sunday routine"',
  'on-own: true',
  'keep-up: ["The Sunday routine"]',
].join('\n');

/** P.: a first session (now 4, good enough 7), then a follow-up (now 6); Q.: one first session with other words. */
const twoSessionsOfP = async () => {
  await ok(['start', '--client', 'P.', '--answers', ANSWERS]);
  const follow = path.join(sb.dir, 'follow-up.yaml');
  await writeFile(follow, FOLLOW_UP);
  await ok(['start', 'follow-up', '--client', 'P.', '--answers', follow]);
  const other = path.join(sb.dir, 'other.yaml');
  await writeFile(
    other,
    readFileSync(ANSWERS, 'utf8')
      .replace('step: Lay out the clothes on Sunday evening', 'step: Phone the school on Friday')
      .replace('now: 4', 'now: 3'),
  );
  await ok(['start', '--client', 'Q.', '--answers', other]);
};

/** Runs the binary at a pseudo-terminal and gives everything it wrote, escape codes and all. */
const rawAtTerminal = (args: string[], env: Record<string, string>) =>
  new Promise<{ code: number; raw: string }>((resolve) => {
    const p = loadPty().spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols: 120, rows: 40, env });
    let raw = '';
    p.onData((d) => (raw += d));
    p.onExit((e) => resolve({ code: e.exitCode, raw }));
  });

// ---------------------------------------------------------------- progress

describe('progress', () => {
  it('--json gives the series of a client across first session and follow-up', async () => {
    await twoSessionsOfP();
    const r = await ok(['progress', '--json', '--client', 'P.']);
    const series = JSON.parse(r.stdout) as {
      question: string;
      client?: string;
      min: number;
      max: number;
      goal?: number;
      points: { value: number; set: string; entryId: string; date: string }[];
    }[];
    const now = series.find((s) => s.question === 'now')!;
    expect(now.client).toBe('P.');
    expect(now).toMatchObject({ min: 0, max: 10, goal: 7 });
    expect(now.points.map((p) => [p.set, p.value])).toEqual([
      ['first-session', 4],
      ['follow-up', 6],
    ]);
    const ids = entries()
      .filter((e) => e.client === 'P.')
      .map((e) => e.id);
    expect(now.points.map((p) => p.entryId).sort()).toEqual([...ids].sort());
    // only P.'s sessions: Q.'s 3 is not among them
    expect(series.flatMap((s) => s.points.map((p) => p.entryId)).every((id) => ids.includes(id))).toBe(true);
  });

  it('draws the chart in the terminal, and --question keeps one scale', async () => {
    await twoSessionsOfP();
    const r = await ok(['progress', '--client', 'P.', '--question', 'now']);
    expect(r.stdout).toContain('P.');
    expect(r.stdout).toMatch(/good enough/);
    expect(r.stdout).not.toMatch(/How confident/);
    const json = JSON.parse((await ok(['progress', '--json', '--question', 'now'])).stdout) as { question: string }[];
    expect(json.length).toBeGreaterThan(0);
    expect(json.every((s) => s.question === 'now')).toBe(true);
  });

  it('on an empty journal says there is nothing yet, exits 0 and creates no journal', async () => {
    const r = await run(['progress']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
    const json = await run(['progress', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(existsSync(sb.journal)).toBe(false);
  });

  it('--question with a scale no session has is exit 2, naming each known scale once', async () => {
    await twoSessionsOfP();
    const r = await run(['progress', '--question', 'no-such-scale']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('no-such-scale');
    expect(r.stderr.match(/\bnow\b/g)).toHaveLength(1);
    expect(r.stderr.match(/\bconfidence\b/g)).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- prepare

describe('prepare', () => {
  it("a client's sheet holds the last small step and the scale trend, as text and as Markdown", async () => {
    await twoSessionsOfP();
    const text = await ok(['prepare', '--client', 'P.']);
    expect(text.stdout).toContain('Keep the Sunday routine');
    // the scale by its words, not its id (issue 20, finding 9)
    expect(text.stdout).toMatch(/Where are you now, on the same scale as in the first session\? {2}4 → 6/);
    expect(text.stdout).not.toContain('Phone the school on Friday');
    const md = await ok(['prepare', '--client', 'P.', '--format', 'md']);
    expect(md.stdout).toMatch(/^# /);
    expect(md.stdout).toContain('Keep the Sunday routine');
    expect(md.stdout).toMatch(/Where are you now, on the same scale as in the first session\? {2}4 → 6/);
    expect(md.stdout).not.toMatch(SGR);
  });

  it('after one session shows that session’s small step, for the set named', async () => {
    await twoSessionsOfP();
    const r = await ok(['prepare', 'follow-up', '--client', 'Q.']);
    expect(r.stdout).toContain('Phone the school on Friday');
    expect(r.stdout).not.toContain('Keep the Sunday routine');
  });

  it('without --client is exit 2, in one line', async () => {
    const r = await run(['prepare']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('--client');
  });
});

// ---------------------------------------------------------------- demo

describe('demo', () => {
  const set = parse(readFileSync(path.join(BUNDLED, 'first-session.yaml'), 'utf8')) as {
    phases: { title: Record<string, string>; questions: { id: string; why?: Record<string, string> }[] }[];
  };
  const questions = set.phases.flatMap((p) => p.questions);

  it('--format md, without a terminal, holds every phase title and every question’s why', async () => {
    const r = await ok(['demo', '--format', 'md']);
    for (const p of set.phases) expect(r.stdout).toContain(`## ${p.title['en']}`);
    const whys = questions.filter((q) => q.why).length;
    expect(whys).toBeGreaterThan(0);
    expect(r.stdout.match(/\bWhy\b/g)?.length ?? 0).toBeGreaterThanOrEqual(whys);
    expect(r.stdout).not.toMatch(SGR);
  });

  it('--format md --lang nl is Dutch', async () => {
    const r = await ok(['demo', '--format', 'md', '--lang', 'nl']);
    for (const p of set.phases) expect(r.stdout).toContain(p.title['nl']);
  });

  it('without a terminal prints the whole walk at once and exits 0', async () => {
    const r = await ok(['demo']);
    for (let i = 1; i <= questions.length; i++) expect(r.stdout).toContain(`Question ${i} / ${questions.length}`);
    for (const p of set.phases) expect(r.stdout).toContain(p.title['en']);
    expect(r.stdout).toMatch(/Why/);
    expect(r.stdout).not.toMatch(SGR);
  });

  it('an unknown set is exit 2', async () => {
    expect((await run(['demo', 'no-such-set', '--format', 'md'])).code).toBe(2);
  });
});

// ---------------------------------------------------------------- config

describe('config', () => {
  it('set, get, list and unset a setting; lang nl makes the next command Dutch', async () => {
    expect((await ok(['config', 'set', 'lang', 'nl'])).code).toBe(0);
    expect((await ok(['config', 'get', 'lang'])).stdout.trim()).toBe('nl');
    const list = JSON.parse((await ok(['config', 'list', '--json'])).stdout) as Record<string, unknown>;
    expect(list['lang']).toBe('nl');
    expect(Object.keys(list)).toEqual(expect.arrayContaining(['lang', 'default-set', 'retention-months']));
    expect((await ok(['config', 'list'])).stdout).toMatch(/^lang\s+nl\s+\(configbestand\)$/m);
    // the next command speaks Dutch
    const nl = await run(['journal', 'list']);
    expect(nl.stderr).toMatch(/logboek/);
    expect((await ok(['sets', 'list'])).stdout).toContain('Eerste gesprek');
    // --lang still wins over the config
    expect((await ok(['sets', 'list', '--lang', 'en'])).stdout).toContain('First session');
    await ok(['config', 'unset', 'lang']);
    expect((await ok(['config', 'get', 'lang'])).stdout.trim()).toBe('');
    expect(JSON.parse((await ok(['config', 'get', 'lang', '--json'])).stdout)).toBeNull();
    expect((await ok(['sets', 'list'])).stdout).toContain('First session');
  });

  it('the language comes from --lang, OPLOS_LANG, the config, then LC_ALL / LANG, then English', async () => {
    const dutch = (r: { stdout: string }) => r.stdout.includes('Eerste gesprek');
    expect(dutch(await ok(['sets', 'list']))).toBe(false);
    expect(dutch(await ok(['sets', 'list'], { LANG: 'nl_NL.UTF-8' }))).toBe(true);
    expect(dutch(await ok(['sets', 'list'], { LANG: 'en_GB.UTF-8', LC_ALL: 'nl_BE.UTF-8' }))).toBe(true);
    await ok(['config', 'set', 'lang', 'en']);
    expect(dutch(await ok(['sets', 'list'], { LANG: 'nl_NL.UTF-8' }))).toBe(false);
    expect(dutch(await ok(['sets', 'list'], { OPLOS_LANG: 'nl' }))).toBe(true);
    expect(dutch(await ok(['sets', 'list', '--lang', 'en'], { OPLOS_LANG: 'nl' }))).toBe(false);
  });

  it('journal names the journal file when neither --journal nor OPLOS_JOURNAL does', async () => {
    const file = path.join(sb.dir, 'elsewhere', 'my-journal');
    await run(['config', 'set', 'journal', file], { OPLOS_JOURNAL: undefined });
    const r = await run(['start', '--answers', ANSWERS], { OPLOS_JOURNAL: undefined });
    expect(r.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(sb.journal)).toBe(false);
    // OPLOS_JOURNAL still wins
    await ok(['start', '--answers', ANSWERS]);
    expect(existsSync(sb.journal)).toBe(true);
    expect(storedSessions(file)).toHaveLength(1);
  });

  it('default-set names the set start uses', async () => {
    await ok(['config', 'set', 'default-set', 'follow-up']);
    const follow = path.join(sb.dir, 'follow-up.yaml');
    // no earlier session of no client: the "what makes it 6 and not 0" question instead of "what moved it up"
    await writeFile(follow, `${FOLLOW_UP.replace('now-up:', 'now-why:')}\n`);
    await ok(['start', '--answers', follow]);
    expect(entries()[0]!.set).toBe('follow-up');
  });

  it('a bad value is exit 2 naming the allowed values, and changes nothing', async () => {
    await ok(['config', 'set', 'lang', 'en']);
    const r = await run(['config', 'set', 'lang', 'fr']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/\bnl\b/);
    expect(r.stderr).toMatch(/\ben\b/);
    expect((await ok(['config', 'get', 'lang'])).stdout.trim()).toBe('en');
    for (const bad of [
      ['retention-months', 'soon'],
      ['retention-months', '0'],
      ['no-such-key', '1'],
    ]) {
      const b = await run(['config', 'set', ...bad]);
      expect(b.code, bad.join(' ')).toBe(2);
      oneLine(b.stderr);
    }
    expect((await run(['config', 'get', 'no-such-key'])).code).toBe(2);
  });
});

// ---------------------------------------------------------------- completion

describe('completion', () => {
  it('bash: a script bash -n accepts, naming the commands', async () => {
    const r = await ok(['completion', 'bash']);
    const file = path.join(sb.dir, 'oplos.bash');
    await writeFile(file, r.stdout);
    const check = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(r.stdout).toMatch(/\bstart\b/);
    expect(r.stdout).toMatch(/\bjournal\b/);
    expect(r.stdout).toMatch(/complete\b.*\boplos\b/);
  });

  it('bash: completing "oplos jo" and "oplos journal " offers journal and its subcommands', async () => {
    const r = await ok(['completion', 'bash']);
    const file = path.join(sb.dir, 'oplos.bash');
    await writeFile(file, r.stdout);
    const complete = (...words: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          `source "${file}"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _oplos; printf '%s\\n' "\${COMPREPLY[@]}"`,
        ],
        { encoding: 'utf8', env: { PATH: sb.env['PATH']!, HOME: sb.dir } },
      )
        .stdout.split('\n')
        .filter(Boolean);
    expect(complete('oplos', 'jo')).toEqual(['journal']);
    expect(complete('oplos', 'journal', '')).toEqual(expect.arrayContaining(['list', 'show', 'export', 'import', 'delete', 'purge']));
  });

  it('zsh: a compdef script naming the commands', async () => {
    const r = await ok(['completion', 'zsh']);
    expect(r.stdout).toMatch(/^#compdef oplos/);
    expect(r.stdout).toMatch(/\bstart\b/);
    expect(r.stdout).toMatch(/\bjournal\b/);
  });

  it('fish is exit 2', async () => {
    const r = await run(['completion', 'fish']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stdout).toBe('');
  });
});

// ---------------------------------------------------------------- colour

describe('colour', () => {
  const env = () => {
    const e = { ...sb.env };
    delete e['FORCE_COLOR'];
    delete e['NO_COLOR'];
    return e;
  };

  itPty('at a terminal there is colour, unless NO_COLOR or --no-color', {}, async () => {
    await ok(['start', '--client', 'P.', '--answers', ANSWERS]);
    const plain = env();
    const coloured = await rawAtTerminal(['journal', 'list'], plain);
    expect(coloured.code).toBe(0);
    expect(coloured.raw).toMatch(SGR); // so the two checks below can fail
    const noColor = await rawAtTerminal(['journal', 'list'], { ...plain, NO_COLOR: '1' });
    expect(noColor.code).toBe(0);
    expect(noColor.raw).toContain('P.');
    expect(noColor.raw).not.toMatch(SGR);
    const flag = await rawAtTerminal(['journal', 'list', '--no-color'], plain);
    expect(flag.code).toBe(0);
    expect(flag.raw).toContain('P.');
    expect(flag.raw).not.toMatch(SGR);
    const show = await rawAtTerminal(['sets', 'show', 'first-session'], { ...plain, NO_COLOR: '1' });
    expect(show.raw).toContain('pre-change');
    expect(show.raw).not.toMatch(SGR);
  });

  it('without a terminal there is no colour, whatever the command', async () => {
    await ok(['start', '--client', 'P.', '--answers', ANSWERS]);
    for (const args of [
      ['journal', 'list'],
      ['journal', 'show', entries()[0]!.id.slice(0, 6)],
      ['sets', 'show', 'first-session'],
      ['progress'],
      ['prepare', '--client', 'P.'],
      ['sets', 'list'],
    ]) {
      const r = await ok(args, env());
      expect(r.stdout, args.join(' ')).not.toMatch(SGR);
      expect(r.stderr, args.join(' ')).not.toMatch(SGR);
    }
    const err = await run(['journal', 'show', 'zzzz'], env());
    expect(err.stderr).not.toMatch(SGR);
  });
});

// ---------------------------------------------------------------- errors, usage, version, help

describe('errors and usage', () => {
  it('an error is one line without a stack trace; OPLOS_DEBUG=1 adds the stack', async () => {
    await ok(['start', '--client', 'P.', '--answers', ANSWERS]);
    const r = await run(['journal', 'show', 'zzzz']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^oplos: /);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const debug = await run(['journal', 'show', 'zzzz'], { OPLOS_DEBUG: '1' });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });

  it('an unknown command is exit 2, naming it, in one line', async () => {
    for (const args of [['frobnicate'], ['journal', 'frobnicate'], ['sets', 'frobnicate']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain('frobnicate');
      expect(r.stdout).toBe('');
    }
  });

  it('an unknown option is exit 2, naming it, in one line', async () => {
    for (const args of [['journal', 'list', '--frobnicate'], ['start', '--frobnicate'], ['--frobnicate']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain('--frobnicate');
    }
  });

  it('a bad value for an option with fixed choices is exit 2', async () => {
    expect((await run(['journal', 'export', '--format', 'pdf'])).code).toBe(2);
    expect((await run(['sets', 'list', '--lang', 'fr'])).code).toBe(2);
    expect((await run(['sets', 'list'], { OPLOS_LANG: 'fr' })).code).toBe(2);
  });

  it('--version prints the package version (the built binary)', async () => {
    const r = await oplos(['--version'], sb.env);
    expect(r.stdout.trim()).toBe(PKG.version);
  });

  it('--help exits 0 and names the commands, also for a subcommand', async () => {
    const r = await oplos(['--help'], sb.env); // the built binary's quick answer, written at build time
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: oplos/);
    for (const c of ['start', 'resume', 'sets', 'journal', 'progress', 'demo', 'prepare', 'config', 'completion'])
      expect(r.stdout).toMatch(new RegExp(`\\b${c}\\b`));
    const sub = await ok(['journal', 'export', '--help']);
    expect(sub.stdout).toMatch(/--format/);
    expect(sub.stdout).toMatch(/--out/);
  });
});
