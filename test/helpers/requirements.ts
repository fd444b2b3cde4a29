/**
 * What some tests need from the machine (chromium, node-pty, zsh, npm's registry
 * or cache), found or not, with the reason a test is skipped. OPLOS_REQUIRE=chromium,pty,zsh,registry (set by
 * .ci/run) turns such a skip into a failure: CI must run them all.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const required = (what: string): boolean =>
  (process.env['OPLOS_REQUIRE'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .includes(what);

/** The reason to skip, or undefined to run; throws when OPLOS_REQUIRE names `what` and it is missing. */
const skipUnlessFound = (what: string, reason: string | undefined): string | undefined => {
  if (reason === undefined) return undefined;
  if (required(what)) throw new Error(`OPLOS_REQUIRE names ${what}, but ${reason}`);
  // said where the test runs, not only in the test's name, which the default reporter does not show for a skip
  console.warn(`oplos tests: the tests that need ${what} are skipped: ${reason}`);
  return reason;
};

const executable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first of `names` on PATH, as a full path. */
export const onPath = (names: readonly string[], env: Record<string, string | undefined> = process.env): string | undefined => {
  for (const dir of (env['PATH'] ?? '').split(path.delimiter).filter(Boolean))
    for (const name of names) {
      const file = path.join(dir, name);
      if (executable(file)) return file;
    }
  return undefined;
};

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** CHROMIUM when set, else the first of chromium, chromium-browser, google-chrome on PATH. */
export const findChromium = (env: Record<string, string | undefined> = process.env): string | undefined =>
  env['CHROMIUM'] || onPath(CHROMIUM_NAMES, env);

export const chromiumSkipReason = (): string | undefined =>
  skipUnlessFound(
    'chromium',
    findChromium() === undefined
      ? `no chromium: none of ${CHROMIUM_NAMES.join(', ')} is on PATH and CHROMIUM is not set (e.g. apt-get install chromium)`
      : undefined,
  );

/** node-pty is an optional dependency: built where a C++ toolchain is, missing elsewhere. */
export const ptySkipReason = (): string | undefined => {
  let reason: string | undefined;
  try {
    createRequire(import.meta.url)('node-pty');
  } catch (e) {
    reason = `node-pty cannot be loaded (${(e as Error).message.split('\n')[0]}); it is an optional dependency that needs a C++ toolchain to install`;
  }
  return skipUnlessFound('pty', reason);
};

/** zsh, for the zsh completion script: found on PATH or not. */
export const zshSkipReason = (): string | undefined =>
  skipUnlessFound('zsh', onPath(['zsh']) === undefined ? 'no zsh on PATH (e.g. apt-get install zsh)' : undefined);

/** What npm says when it can fetch neither from the registry nor from its cache (offline, no proxy, a cold cache). */
const UNREACHABLE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENOTCACHED|request to \S+ failed/;

/**
 * The reason to skip a test that installs from npm, given what a failed `npm install` wrote: undefined to
 * run when it installed (`stderr` undefined); a reason when npm could not reach its registry or cache; and
 * any other failure of npm is thrown, as the test's failure.
 */
export const registrySkipReason = (stderr: string | undefined): string | undefined => {
  if (stderr === undefined) return undefined;
  const line = stderr.split('\n').find((l) => UNREACHABLE.test(l));
  if (line === undefined) throw new Error(`npm install failed:\n${stderr}`);
  return skipUnlessFound('registry', `npm reaches neither its registry nor a cache holding the dependencies (${line.trim()})`);
};
