/** What `oplos config` says when something is wrong, in Dutch and English. */
import { EXIT, OplosError } from '../errors.js';

const en = {
  unknownKey: (key: string, keys: string) => new OplosError(`There is no setting "${key}".`, EXIT.usage, `The settings are: ${keys}.`),
  badValue: (key: string, value: string, allowed: string) =>
    new OplosError(`The setting ${key} cannot be "${value}": it takes ${allowed}.`, EXIT.usage),
  badFile: (file: string, why: string) =>
    new OplosError(`The config file ${file} is not valid (${why}).`, EXIT.usage, 'Fix it in an editor, or remove it to start from the defaults.'),
  badStored: (file: string, key: string, allowed: string) =>
    new OplosError(`The config file ${file} has a bad value for ${key}: it takes ${allowed}.`, EXIT.usage, `Fix it in an editor, or remove the line of ${key}.`),
};

const nl: typeof en = {
  unknownKey: (key, keys) => new OplosError(`Er is geen instelling "${key}".`, EXIT.usage, `De instellingen zijn: ${keys}.`),
  badValue: (key, value, allowed) => new OplosError(`De instelling ${key} kan niet "${value}" zijn: ze verwacht ${allowed}.`, EXIT.usage),
  badFile: (file, why) =>
    new OplosError(`Het configuratiebestand ${file} is niet geldig (${why}).`, EXIT.usage, 'Herstel het in een editor, of verwijder het om met de standaardwaarden te beginnen.'),
  badStored: (file, key, allowed) =>
    new OplosError(`Het configuratiebestand ${file} heeft een ongeldige waarde voor ${key}: ze verwacht ${allowed}.`, EXIT.usage, `Herstel het in een editor, of verwijder de regel van ${key}.`),
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const configTexts = (lang: string): typeof en => (lang === 'nl' ? nl : en);
