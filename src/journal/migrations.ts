/**
 * The journal document's format version and the steps that bring an older
 * document up to it. A step takes the document of version n and returns the
 * one of version n + 1; reading applies them in order, the next write stores
 * the result. The file itself is only changed by a write.
 */
import { fail, journalTexts } from './messages.js';

export const CURRENT_VERSION = 1;

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** version n → the step to n + 1. None yet: version 1 is the first. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/**
 * The document brought to `current`. A newer version than `current`, or an
 * old one with no way up, is an error (exit 3) naming `file`.
 */
export const migrate = (
  doc: Record<string, unknown>,
  file: string,
  lang: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = CURRENT_VERSION,
): Record<string, unknown> => {
  const t = journalTexts(lang);
  let version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) throw fail(3, t.oldUnknown(file, version));
  if (version > current) throw fail(3, t.newer(file, version, current));
  let out = doc;
  while (version < current) {
    const step: Migration | undefined = migrations[version];
    if (!step) throw fail(3, t.oldUnknown(file, version));
    out = step(out);
    version += 1;
    out = { ...out, version };
  }
  return out;
};
