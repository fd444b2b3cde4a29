/**
 * The settings file: a small JSON object at a path the command line gives
 * (in the user's config folder). Values are checked when set and when read;
 * keys this oplos does not know are kept as they are. Written atomically,
 * mode 600, in a folder created 700.
 */
import path from 'node:path';
import { ensureDir, writeFileAtomic } from '../journal/atomic.js';
import { loadText, parseJson } from '../journal/json-file.js';
import { CONFIG_KEYS, isConfigKey, KEY_RULES, type Config, type ConfigKey, type ConfigValue } from './setting-keys.js';
import { configTexts } from './messages.js';

export type { Config, ConfigKey, ConfigValue } from './setting-keys.js';
export { CONFIG_KEYS } from './setting-keys.js';

type Raw = Record<string, unknown>;

const allowedText = (key: ConfigKey, lang: string): string => configTexts(lang).allowed[key];

/** The file's object as it is (missing file: empty); not JSON or not an object is exit 2. */
const readRaw = async (file: string, lang: string): Promise<Raw> => {
  let text: string | undefined;
  try {
    text = await loadText(file, lang);
  } catch {
    throw configTexts(lang).badFile(file, 'unreadable');
  }
  if (text === undefined || text.trim() === '') return {};
  const value = parseJson(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw configTexts(lang).badFile(file, value === undefined ? 'not JSON' : 'not an object');
  return value as Raw;
};

const toConfig = (raw: Raw, file: string, lang: string): Config => {
  const out: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const v = raw[key];
    if (v === undefined) continue;
    if (!KEY_RULES[key].allows(v)) throw configTexts(lang).badStored(file, key, allowedText(key, lang));
    out[key] = v;
  }
  return out as Config;
};

const writeRaw = async (file: string, raw: Raw): Promise<void> => {
  await ensureDir(path.dirname(file));
  await writeFileAtomic(file, `${JSON.stringify(raw, null, 2)}\n`);
};

const checkKey = (key: string, lang: string): ConfigKey => {
  if (!isConfigKey(key)) throw configTexts(lang).unknownKey(key, CONFIG_KEYS.join(', '));
  return key;
};

/** The settings in `file` (none when it does not exist). A bad file or value is exit 2 naming it. */
export const readConfig = async (file: string, lang = 'en'): Promise<Config> => toConfig(await readRaw(file, lang), file, lang);

/** One setting; undefined when not set. An unknown key is exit 2. */
export const getConfig = async (file: string, key: string, lang = 'en'): Promise<ConfigValue | undefined> => {
  const k = checkKey(key, lang);
  return (await readConfig(file, lang))[k];
};

/** Every known key with its value (undefined when not set), in a fixed order. */
export const listConfig = async (file: string, lang = 'en'): Promise<{ key: ConfigKey; value: ConfigValue | undefined }[]> => {
  const config = await readConfig(file, lang);
  return CONFIG_KEYS.map((key) => ({ key, value: config[key] }));
};

/**
 * Sets `key` from the text given on the command line and returns the stored
 * value. An unknown key, or a value the key does not take, is exit 2 naming
 * both (and what is allowed); nothing is written then.
 */
export const setConfig = async (file: string, key: string, text: string, lang = 'en'): Promise<ConfigValue> => {
  const k = checkKey(key, lang);
  const value = KEY_RULES[k].fromText(text);
  if (value === undefined) throw configTexts(lang).badValue(k, text, allowedText(k, lang));
  const raw = await readRaw(file, lang);
  await writeRaw(file, { ...raw, [k]: value });
  return value;
};

/** Removes a setting (back to its default); whether it was set. An unknown key is exit 2. */
export const unsetConfig = async (file: string, key: string, lang = 'en'): Promise<boolean> => {
  const k = checkKey(key, lang);
  const raw = await readRaw(file, lang);
  if (!(k in raw)) return false;
  const { [k]: _gone, ...rest } = raw;
  await writeRaw(file, rest);
  return true;
};
