/**
 * Loading dist/core.cjs with V8's code cache: the compiled code of an
 * earlier run is kept in the user's cache folder (`~/.cache/oplos/code` on
 * Linux) and handed to V8 with the source, so a start does not compile the
 * command line again. Node 20 keeps no such cache for ES modules, which is
 * why the core is one CommonJS script (scripts/build.mjs).
 *
 * The cache holds compiled program code only, never anything of a journal.
 * One file per kind of command (what `start` compiles differs from what
 * `journal list` compiles), named after the core's content hash and the
 * Node version, so a cache is never offered to another core; V8 checks it
 * too (its checksum included, see below) and rejects what does not fit,
 * and then it is written anew. Any trouble with the cache folder only means
 * no cache. OPLOS_CODE_CACHE=0 turns it off.
 */
// Node's own modules are taken with process.getBuiltinModule when first needed, not imported: this
// file is part of dist/oplos.js, and `oplos --version` should not pay for what only loading the core uses.
const fs = () => process.getBuiltinModule('node:fs');
const path = () => process.getBuiltinModule('node:path');

/** The kind of command, from its first words: `start`, `journal-list`, …; `other` when it starts with an option. */
export const commandKey = (argv: readonly string[]): string => {
  const [first, second] = argv;
  if (first === undefined) return 'menu';
  const grouped = (first === 'journal' || first === 'sets' || first === 'config') && second !== undefined && !second.startsWith('-');
  const key = grouped ? `${first}-${second}` : first;
  return /^[a-z][a-z-]{0,30}$/.test(key) ? key : 'other';
};

export interface CodeCacheOptions {
  readonly coreFile: URL;
  readonly coreHash: string;
  readonly argv: readonly string[];
  readonly env: Record<string, string | undefined>;
}

/** When a run lasts this long (a session at the terminal), the cache is written without waiting for its end. */
const WRITE_AFTER_MS = 1000;

/**
 * The user's cache folder for oplos, as env-paths (which gives oplos its data and config folders)
 * has it: `$XDG_CACHE_HOME/oplos` or `~/.cache/oplos`, `~/Library/Caches/oplos` on macOS,
 * `%LOCALAPPDATA%\oplos\Cache` on Windows (test/cli-code-cache.test.ts holds it to env-paths).
 */
export const cacheHome = (env: Record<string, string | undefined>, platform: string = process.platform): string => {
  const { join } = path();
  const home = process.getBuiltinModule('node:os').homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'oplos');
  if (platform === 'win32') return join(env['LOCALAPPDATA'] || join(home, 'AppData', 'Local'), 'oplos', 'Cache');
  return join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'oplos');
};

const cacheFolder = (env: Record<string, string | undefined>): string | undefined => {
  if (env['OPLOS_CODE_CACHE'] === '0') return undefined;
  try {
    return path().join(cacheHome(env), 'code');
  } catch {
    return undefined;
  }
};

/** Writes the cache after the run; old cores' caches in the folder go. Failures are ignored: it is a cache. */
const keep = (dir: string, name: string, data: Buffer, current: string): void => {
  const { mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } = fs();
  const { join } = path();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, join(dir, name));
    for (const other of readdirSync(dir)) if (!other.startsWith(current) && !other.startsWith('.')) unlinkSync(join(dir, other));
  } catch {
    // no cache, then
  }
};

/** Runs core.cjs and gives its exports, with V8's code cache when there is one. */
export const loadCore = <T>(o: CodeCacheOptions): T => {
  const { readFileSync } = fs();
  const { join, dirname } = path();
  const coreFile = process.getBuiltinModule('node:url').fileURLToPath(o.coreFile);
  const source = readFileSync(coreFile, 'utf8');
  const dir = cacheFolder(o.env);
  const current = `${o.coreHash}-${process.version}-`;
  const name = `${current}${commandKey(o.argv)}.v8`;
  let cachedData: Buffer | undefined;
  if (dir) {
    try {
      cachedData = readFileSync(join(dir, name));
    } catch {
      cachedData = undefined;
    }
  }
  // V8 trusts a code cache's bytes once its header fits: a damaged one makes it abort the whole
  // process. With this flag it checks the cache's checksum first and rejects a damaged one instead
  // (test/cli-code-cache.test.ts damages one). Set for writing too, so the flag hash in the cache fits.
  if (dir) process.getBuiltinModule('node:v8').setFlagsFromString('--verify-snapshot-checksum');
  // the same wrapper Node gives a CommonJS module
  const script = new (process.getBuiltinModule('node:vm').Script)(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: coreFile,
    ...(cachedData ? { cachedData } : {}),
  });
  if (dir && (!cachedData || script.cachedDataRejected)) {
    // Late, so that what the command compiled along the way is in it too: at the end of the run, or,
    // for a session that goes on, once its first question has been on screen for a while.
    let kept = false;
    const write = () => {
      if (kept) return;
      kept = true;
      keep(dir, name, script.createCachedData(), current);
    };
    setTimeout(write, WRITE_AFTER_MS).unref();
    process.once('exit', write);
  }
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (e: T, r: NodeJS.Require, m: { exports: T }, f: string, d: string) => void;
  run(module.exports, process.getBuiltinModule('node:module').createRequire(coreFile), module, coreFile, dirname(coreFile));
  return module.exports;
};
