/** Where oplos keeps its files by default: the user's data and config folders (env-paths, no suffix). */
import envPaths from 'env-paths';
import path from 'node:path';

export interface OplosPaths {
  readonly data: string;
  readonly config: string;
}

/** The data and config folders for oplos on this system, e.g. `~/.local/share/oplos`, `~/.config/oplos`. */
export const oplosPaths = (): OplosPaths => {
  const p = envPaths('oplos', { suffix: '' });
  return { data: p.data, config: p.config };
};

/** The default journal folder: `journal/` in the data folder (layout 2). */
export const defaultJournalPath = (paths: Pick<OplosPaths, 'data'> = oplosPaths()): string => path.join(paths.data, 'journal');

/** The default config file: `config.json` in the config folder. */
export const defaultConfigPath = (paths: Pick<OplosPaths, 'config'> = oplosPaths()): string => path.join(paths.config, 'config.json');
