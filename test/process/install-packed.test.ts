/**
 * The package as a person installs it: `npm pack`, then `npm install -g` of
 * the tarball into a temp prefix, and the installed `oplos` run from there.
 * npm pack gives every file in the tarball the same time in 1985 (kept on
 * extraction by some npm versions), so this is where a cache keyed on file
 * times never matched; the bundled sets' cache must be used.
 * Needs the built dist/ (npm test builds first) and npm's cache or registry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { registrySkipReason } from '../helpers/requirements.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'oplos-packed-'));
const prefix = path.join(tmp, 'prefix');
const bin = path.join(prefix, 'bin', 'oplos');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

const env = {
  PATH: process.env['PATH'] ?? '',
  HOME: tmp,
  XDG_CONFIG_HOME: path.join(tmp, 'config'),
  XDG_DATA_HOME: path.join(tmp, 'data'),
  XDG_CACHE_HOME: path.join(tmp, 'cache'),
  OPLOS_JOURNAL: path.join(tmp, 'journal.json'),
  LANG: 'C',
  OPLOS_TRACE_SETS: '1',
};

/** Packs and installs the tarball; what npm wrote when it could not install, else undefined. */
const packAndInstall = (): string | undefined => {
  // dist/ is built already (npm test builds first): no prepare script run again
  execFileSync(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], { cwd: ROOT, stdio: 'pipe' });
  const tarball = path.join(tmp, `oplos-${version}.tgz`);
  // from npm's cache when it holds the dependencies, else the registry; node-pty (optional, for tests) is left out
  const install = (mode: string) =>
    spawnSync(npm, ['install', '-g', '--prefix', prefix, tarball, mode, '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: tmp,
      stdio: 'pipe',
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
  if (install('--offline').status === 0) return undefined;
  // not all in the cache: the registry, when it answers at all (npm would retry an unreachable one for minutes)
  const ping = spawnSync(npm, ['ping', '--fetch-retries=0', '--fetch-timeout=10000'], { stdio: 'pipe', encoding: 'utf8', timeout: 30_000 });
  if (ping.status !== 0) return `${ping.stderr}${ping.error ? String(ping.error) : ''}` || 'npm ping: no answer (ETIMEDOUT)';
  const r = install('--prefer-offline');
  return r.status === 0 ? undefined : `${r.stderr}${r.error ? String(r.error) : ''}`;
};
// installed while the file is collected, so that a registry out of reach skips the tests, saying why
const SKIP = registrySkipReason(packAndInstall());
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const oplos = (...args: string[]) => spawnSync(bin, args, { cwd: tmp, env, encoding: 'utf8' });

describe.skipIf(SKIP !== undefined)(`oplos installed from the npm pack tarball${SKIP ? ` — skipped: ${SKIP}` : ''}`, () => {
  it('uses the bundled sets’ cache whatever the files’ times (the tarball holds 1985 for all)', () => {
    const dir = path.join(prefix, 'lib', 'node_modules', 'oplos', 'question-sets');
    const packed = new Date('1985-10-26T08:15:00Z');
    for (const name of readdirSync(dir)) utimesSync(path.join(dir, name), packed, packed);
    expect(oplos('sets', 'list').stderr).toBe('oplos: sets: bundled cache\n');
  });

  it('sets list reads the bundled sets from the build’s cache', () => {
    const r = oplos('sets', 'list');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('oplos: sets: bundled cache\n');
    expect(r.stdout).toMatch(/^first-session\s/m);
  });

  it('a scripted session runs and is kept, with the sets from the cache', () => {
    const r = oplos('start', '--client', 'P.', '--answers', ANSWERS);
    expect(r.stderr).toBe('oplos: sets: bundled cache\n');
    expect(r.status).toBe(0);
    expect(existsSync(env.OPLOS_JOURNAL)).toBe(true);
    const list = oplos('journal', 'list', '--json');
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it('--version answers the package version', () => {
    expect(oplos('--version').stdout.trim()).toBe(version);
  });
});
