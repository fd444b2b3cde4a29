/**
 * The settings `oplos config` knows: what each key takes, and how a value
 * given on the command line becomes the stored one.
 */
import path from 'node:path';
import { isLang, type Lang } from '../i18n/lang.js';

export interface Config {
  readonly lang?: Lang;
  readonly 'default-set'?: string;
  readonly journal?: string;
  readonly editor?: string;
  readonly 'retention-months'?: number;
  /** the accessible mode (docs/accessibility.md) */
  readonly accessible?: boolean;
}

export type ConfigKey = keyof Config;
export type ConfigValue = NonNullable<Config[ConfigKey]>;

interface KeyRule {
  /** the stored value for text given on the command line, or undefined when it is not allowed */
  fromText(text: string): ConfigValue | undefined;
  /** is this (parsed JSON) value allowed in the file? */
  allows(value: unknown): boolean;
}

const SET_ID = /^[a-z0-9][a-z0-9-]*$/;
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const positiveInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

export const KEY_RULES: Readonly<Record<ConfigKey, KeyRule>> = {
  lang: {
    fromText: (t) => (isLang(t.trim()) ? t.trim() : undefined),
    allows: isLang,
  },
  'default-set': {
    fromText: (t) => (SET_ID.test(t.trim()) ? t.trim() : undefined),
    allows: (v) => typeof v === 'string' && SET_ID.test(v),
  },
  journal: {
    fromText: (t) => (nonEmpty(t) ? path.resolve(t.trim()) : undefined),
    allows: (v) => nonEmpty(v) && path.isAbsolute(v),
  },
  editor: {
    fromText: (t) => (nonEmpty(t) ? t.trim() : undefined),
    allows: nonEmpty,
  },
  'retention-months': {
    fromText: (t) => (/^\s*\d+\s*$/.test(t) && positiveInt(Number(t)) ? Number(t) : undefined),
    allows: positiveInt,
  },
  accessible: {
    fromText: (t) => (/^\s*(true|on|yes|1)\s*$/i.test(t) ? true : /^\s*(false|off|no|0)\s*$/i.test(t) ? false : undefined),
    allows: (v) => typeof v === 'boolean',
  },
};

export const CONFIG_KEYS = Object.keys(KEY_RULES) as ConfigKey[];

export const isConfigKey = (k: string): k is ConfigKey => Object.hasOwn(KEY_RULES, k);
