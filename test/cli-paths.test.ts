/** Where oplos keeps its files (src/cli/paths.ts): from the env it is given, by each system's rules. */
import { describe, expect, it } from 'vitest';
import { oplosPaths } from '../src/cli/paths.js';

describe('oplosPaths', () => {
  it('reads the env it is given, not process.env', () => {
    const env = { HOME: '/h', XDG_CONFIG_HOME: '/c', XDG_DATA_HOME: '/d', XDG_CACHE_HOME: '/k' };
    expect(oplosPaths(env, 'linux')).toEqual({
      configDir: '/c/oplos',
      configFile: '/c/oplos/config.json',
      userSetsDir: '/c/oplos/sets',
      dataDir: '/d/oplos',
      journalDir: '/d/oplos/journal',
      layout1Journal: '/d/oplos/journal.json',
      cacheDir: '/k/oplos',
    });
    expect(oplosPaths({ HOME: '/h' }, 'linux').cacheDir).toBe('/h/.cache/oplos');
    expect(oplosPaths({ HOME: '/h', OPLOS_CONFIG: '/x.json' }, 'linux').configFile).toBe('/x.json');
  });

  it('follows the rules of macOS and Windows', () => {
    const mac = oplosPaths({ HOME: '/Users/a' }, 'darwin');
    expect([mac.configDir, mac.dataDir, mac.cacheDir]).toEqual([
      '/Users/a/Library/Preferences/oplos',
      '/Users/a/Library/Application Support/oplos',
      '/Users/a/Library/Caches/oplos',
    ]);
    const win = oplosPaths({ USERPROFILE: 'C:\\Users\\a', APPDATA: 'C:\\R', LOCALAPPDATA: 'C:\\L' }, 'win32');
    expect([win.configDir, win.dataDir, win.cacheDir]).toEqual(['C:\\R\\oplos\\Config', 'C:\\L\\oplos\\Data', 'C:\\L\\oplos\\Cache']);
  });
});
