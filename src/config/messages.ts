/** What `oplos config` says when something is wrong, in Dutch and English. */
import { EXIT, OplosError } from '../errors.js';
import type { ConfigKey } from './setting-keys.js';

const en = {
  unknownKey: (key: string, keys: string) => new OplosError(`There is no setting "${key}".`, EXIT.usage, `The settings are: ${keys}.`),
  badValue: (key: string, value: string, allowed: string) =>
    new OplosError(`The setting ${key} cannot be "${value}": it takes ${allowed}.`, EXIT.usage),
  badFile: (file: string, why: string) =>
    new OplosError(
      `The config file ${file} is not valid (${why}).`,
      EXIT.usage,
      'Fix it in an editor, or remove it to start from the defaults.',
    ),
  badStored: (file: string, key: string, allowed: string) =>
    new OplosError(
      `The config file ${file} has a bad value for ${key}: it takes ${allowed}.`,
      EXIT.usage,
      `Fix it in an editor, or remove the line of ${key}.`,
    ),
  /** what each setting takes */
  allowed: {
    lang: 'nl or en',
    'default-set': 'a set id (lower-case letters, digits and -)',
    journal: 'the path of a journal folder',
    editor: 'a command, e.g. nano or "code -w"',
    'retention-months': 'a whole number of months, 1 or more',
    accessible: 'true or false',
  } satisfies Record<ConfigKey, string>,
};

const nl: typeof en = {
  unknownKey: (key, keys) => new OplosError(`Er is geen instelling "${key}".`, EXIT.usage, `De instellingen zijn: ${keys}.`),
  badValue: (key, value, allowed) => new OplosError(`De instelling ${key} kan niet "${value}" zijn: ze verwacht ${allowed}.`, EXIT.usage),
  badFile: (file, why) =>
    new OplosError(
      `Het configuratiebestand ${file} is niet geldig (${why}).`,
      EXIT.usage,
      'Herstel het in een editor, of verwijder het om met de standaardwaarden te beginnen.',
    ),
  badStored: (file, key, allowed) =>
    new OplosError(
      `Het configuratiebestand ${file} heeft een ongeldige waarde voor ${key}: ze verwacht ${allowed}.`,
      EXIT.usage,
      `Herstel het in een editor, of verwijder de regel van ${key}.`,
    ),
  allowed: {
    lang: 'nl of en',
    'default-set': 'een set-id (kleine letters, cijfers en -)',
    journal: 'het pad van een logboekmap',
    editor: 'een commando, bv. nano of "code -w"',
    'retention-months': 'een geheel aantal maanden, 1 of meer',
    accessible: 'true of false',
  },
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const configTexts = (lang: string): typeof en => (lang === 'nl' ? nl : en);
