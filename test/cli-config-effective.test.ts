/** `config list` shows the value in effect for each setting and where it comes from. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const line = (out: string, key: string) => out.split('\n').find((l) => l.startsWith(`${key} `)) ?? '';

describe('config list', () => {
  it('shows defaults, the environment, the config file and options, each named', async () => {
    const plain = (await oplosIn(['config', 'list', '--lang', 'en'], { ...sb.env, EDITOR: 'nano' })).stdout;
    expect(line(plain, 'lang')).toMatch(/^lang\s+en\s+\(option\)$/);
    expect(line(plain, 'default-set')).toMatch(/first-session\s+\(default\)$/);
    expect(line(plain, 'journal')).toContain(`${sb.journal}  (environment OPLOS_JOURNAL)`);
    expect(line(plain, 'editor')).toMatch(/nano\s+\(environment EDITOR\)$/);
    expect(line(plain, 'retention-months')).toMatch(/not set: kept until deleted\s+\(default\)$/);
    expect(plain).not.toMatch(/\(not set\)/);

    await oplosIn(['config', 'set', 'retention-months', '24'], sb.env);
    await oplosIn(['config', 'set', 'default-set', 'follow-up'], sb.env);
    const after = (await oplosIn(['config', 'list'], sb.env)).stdout;
    expect(line(after, 'retention-months')).toMatch(/24\s+\(config file\)$/);
    expect(line(after, 'default-set')).toMatch(/follow-up\s+\(config file\)$/);
    expect(line(after, 'lang')).toMatch(/en\s+\(default\)$/); // LANG=C names no language

    const nl = (await oplosIn(['config', 'list'], { ...sb.env, LANG: 'nl_NL.UTF-8' })).stdout;
    expect(line(nl, 'lang')).toMatch(/nl\s+\(landinstelling\)$/);
  });
});
