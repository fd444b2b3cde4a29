/**
 * The small words the language helpers put between values ("a, b and c",
 * yes/no, "yesterday"), in English and Dutch. `nl` is typed as `en`, so both
 * hold exactly the same keys.
 */
const en = {
  and: 'and',
  yes: 'yes',
  no: 'no',
  you: 'you',
  /** the formal "you" (a session held with --formal) */
  youFormal: 'you',
  near: { now: 'just now', yesterday: 'yesterday', tomorrow: 'tomorrow' },
};

const nl: typeof en = {
  and: 'en',
  yes: 'ja',
  no: 'nee',
  you: 'je',
  youFormal: 'u',
  near: { now: 'zojuist', yesterday: 'gisteren', tomorrow: 'morgen' },
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const i18nWords = (lang: string): typeof en => (lang === 'nl' ? nl : en);
