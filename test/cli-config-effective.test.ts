/** `config list` shows the value in effect for each setting and where it comes from. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// these tests start the real binary, several times each: a generous limit, only against a hang (a busy machine is slow)
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import { oplos, sandbox, type Sandbox } from './helpers/cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const line = (out: string, key: string) => out.split('\n').find((l) => l.startsWith(`${key} `)) ?? '';

describe('config list', () => {
  it('shows defaults, the environment, the config file and options, each named', async () => {
    const plain = (await oplos(['config', 'list', '--lang', 'en'], { ...sb.env, EDITOR: 'nano' })).stdout;
    expect(line(plain, 'lang')).toMatch(/^lang\s+en\s+\(option\)$/);
    expect(line(plain, 'default-set')).toMatch(/first-session\s+\(default\)$/);
    expect(line(plain, 'journal')).toContain(`${sb.journal}  (environment OPLOS_JOURNAL)`);
    expect(line(plain, 'editor')).toMatch(/nano\s+\(environment EDITOR\)$/);
    expect(line(plain, 'retention-months')).toMatch(/not set: kept until deleted\s+\(default\)$/);
    expect(plain).not.toMatch(/\(not set\)/);

    await oplos(['config', 'set', 'retention-months', '24'], sb.env);
    await oplos(['config', 'set', 'default-set', 'follow-up'], sb.env);
    const after = (await oplos(['config', 'list'], sb.env)).stdout;
    expect(line(after, 'retention-months')).toMatch(/24\s+\(config file\)$/);
    expect(line(after, 'default-set')).toMatch(/follow-up\s+\(config file\)$/);
    expect(line(after, 'lang')).toMatch(/en\s+\(default\)$/); // LANG=C names no language

    const nl = (await oplos(['config', 'list'], { ...sb.env, LANG: 'nl_NL.UTF-8' })).stdout;
    expect(line(nl, 'lang')).toMatch(/nl\s+\(landinstelling\)$/);
  });
});
