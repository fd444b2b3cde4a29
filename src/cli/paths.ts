/**
 * Where oplos keeps its files, from the environment it is given (never
 * process.env behind its back): the config, data and cache folders by the
 * rules of each system, as env-paths has them (test/cli-paths.test.ts holds
 * the two equal), and the files in them. The one place that decides this.
 */
import os from 'node:os';
import path from 'node:path';

export interface OplosPaths {
  /** settings: config.json and the person's own sets/ folder */
  readonly configDir: string;
  readonly configFile: string;
  readonly userSetsDir: string;
  /** the journal folder's default place, and where a layout-1 journal file was kept (brought in on first use) */
  readonly dataDir: string;
  readonly journalDir: string;
  readonly layout1Journal: string;
  /** what may be thrown away and made again (the parsed own sets) */
  readonly cacheDir: string;
}

type Env = Record<string, string | undefined>;

const folders = (env: Env, platform: string, home: string) => {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  if (platform === 'darwin') {
    const lib = join(home, 'Library');
    return {
      config: join(lib, 'Preferences', 'oplos'),
      data: join(lib, 'Application Support', 'oplos'),
      cache: join(lib, 'Caches', 'oplos'),
    };
  }
  if (platform === 'win32') {
    const appData = env['APPDATA'] || join(home, 'AppData', 'Roaming');
    const local = env['LOCALAPPDATA'] || join(home, 'AppData', 'Local');
    return { config: join(appData, 'oplos', 'Config'), data: join(local, 'oplos', 'Data'), cache: join(local, 'oplos', 'Cache') };
  }
  return {
    config: join(env['XDG_CONFIG_HOME'] || join(home, '.config'), 'oplos'),
    data: join(env['XDG_DATA_HOME'] || join(home, '.local', 'share'), 'oplos'),
    cache: join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'oplos'),
  };
};

/** The home folder from `env` (HOME, or USERPROFILE on Windows), else the system's. */
const homeOf = (env: Env, platform: string): string => (platform === 'win32' ? env['USERPROFILE'] : env['HOME']) || os.homedir();

export const oplosPaths = (env: Env, platform: string = process.platform): OplosPaths => {
  const f = folders(env, platform, homeOf(env, platform));
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return {
    configDir: f.config,
    configFile: env['OPLOS_CONFIG'] || join(f.config, 'config.json'),
    userSetsDir: join(f.config, 'sets'),
    dataDir: f.data,
    journalDir: join(f.data, 'journal'),
    layout1Journal: join(f.data, 'journal.json'),
    cacheDir: f.cache,
  };
};
