/**
 * Help and mistakes on the command line: a suggestion for every mistyped
 * command and option at every level, and the whole help in Dutch with
 * --lang nl, commander's own words included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await sandbox();
});
afterAll(() => sb.cleanup());

const run = (...args: string[]) => oplosIn(args, sb.env);

describe('suggestions', () => {
  it.each([
    [['strat'], 'start'],
    [['jounral'], 'journal'],
    [['journal', 'lst'], 'list'],
    [['sets', 'shw'], 'show'],
    [['config', 'lst'], 'list'],
    [['journal', 'list', '--clent', 'x'], '--client'],
    [['progress', '--questoin', 'now'], '--question'],
    [['start', '--lnag', 'nl'], '--lang'],
  ])('oplos %s suggests %s', async (args, suggestion) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`(Did you mean ${suggestion}?)`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('suggests in Dutch with --lang nl', async () => {
    const r = await run('strat', '--lang', 'nl');
    expect(r.stderr.trim()).toBe("fout: onbekend commando 'strat' (Bedoel je start?). Zie: oplos --help");
    const bad = await run('journal', 'export', '--format', 'xlsx', '--lang', 'nl');
    expect(bad.stderr).toMatch(/^fout: optie '--format <format>' kent 'xlsx' niet/);
  });
});

describe('help in Dutch', () => {
  const english = [/\[options\]/, /\[command\]/, /choices:/, /default:/, /Usage:/, /Options:/, /Commands:/, /<path>/, /display help/];
  it.each([
    [[]],
    [['journal']],
    [['journal', 'export']],
    [['journal', 'list']],
    [['start']],
    [['progress']],
    [['config']],
    [['completion']],
  ])('oplos %s --help --lang nl has no English left of commander', async (args) => {
    const r = await run(...args, '--help', '--lang', 'nl');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Gebruik:/);
    for (const word of english) expect(r.stdout).not.toMatch(word);
  });

  it('shows choices and defaults in Dutch and leaves out the empty default of a repeatable option', async () => {
    const r = await run('journal', 'export', '--help', '--lang', 'nl');
    expect(r.stdout).toMatch(/keuzes: "md", "json"/);
    expect(r.stdout).toMatch(/standaard: "md"/);
    expect(r.stdout).not.toMatch(/\[\]/);
  });
});
