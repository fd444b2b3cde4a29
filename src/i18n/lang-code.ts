/**
 * Which languages oplos speaks, and reading one from a locale. Kept apart
 * from lang.ts (which loads date-fns locales) so start-up needs neither.
 */

/** The languages oplos itself speaks. Sets may list others; their texts fall back to the set's first language. */
export const UI_LANGS = ['nl', 'en'] as const;
export type Lang = (typeof UI_LANGS)[number];

export const isLang = (s: unknown): s is Lang => s === 'nl' || s === 'en';

/** From a locale string such as `nl_NL.UTF-8` or `en`: the language, when oplos speaks it. */
export const langFromLocale = (locale: string | undefined): Lang | undefined => {
  const code = locale?.trim().toLowerCase().slice(0, 2);
  return isLang(code) ? code : undefined;
};

/** The locale the environment asks for: LC_ALL, LC_MESSAGES, then LANG (the first that is set and not empty). */
export const envLocale = (env: Record<string, string | undefined>): string | undefined =>
  env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || undefined;

/** The language before the config is read: OPLOS_LANG, then the locale, then English. */
export const envLang = (env: Record<string, string | undefined>): Lang => langFromLocale(env['OPLOS_LANG'] || envLocale(env)) ?? 'en';
