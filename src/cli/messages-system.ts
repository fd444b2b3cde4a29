/**
 * What the system said when a file could not be read or written, in the person's words, with the
 * system's code kept in parentheses for whoever helps them ("is a folder, not a file (EISDIR)"). Node's
 * own text ("EISDIR: illegal operation on a directory, read") is never shown on its own.
 */
const en = {
  codes: {
    ENOENT: 'there is no such file or folder',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EACCES: 'you are not allowed to read or write it',
    EPERM: 'the system does not allow it',
    ENOSPC: 'the disk is full',
    EDQUOT: 'your disk quota is used up',
    EROFS: 'the disk is read-only',
    EIO: 'the disk could not be read or written (an input/output error)',
    EMFILE: 'too many files are open',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'a symbolic link points in a circle',
    EEXIST: 'it exists already',
    EBUSY: 'it is in use',
    EPIPE: 'the reader went away',
    ERR_ENCODING_INVALID_ENCODED_DATA: 'it is not UTF-8 text',
  } as Record<string, string>,
  other: 'the system refused',
  tooLarge: 'it is larger than 1 MiB',
  stdoutFailed: (why: string) => `oplos: could not write the output: ${why}.`,
};

const nl: typeof en = {
  codes: {
    ENOENT: 'dat bestand of die map bestaat niet',
    EISDIR: 'het is een map, geen bestand',
    ENOTDIR: 'een deel van het pad is een bestand, geen map',
    EACCES: 'je hebt geen toestemming om het te lezen of te schrijven',
    EPERM: 'het systeem staat het niet toe',
    ENOSPC: 'de schijf is vol',
    EDQUOT: 'je schijfquotum is op',
    EROFS: 'de schijf is alleen-lezen',
    EIO: 'de schijf kon niet gelezen of beschreven worden (een invoer/uitvoerfout)',
    EMFILE: 'er staan te veel bestanden open',
    ENAMETOOLONG: 'de naam is te lang',
    ELOOP: 'een symbolische koppeling wijst in een kringetje',
    EEXIST: 'het bestaat al',
    EBUSY: 'het is in gebruik',
    EPIPE: 'de lezer is weggegaan',
    ERR_ENCODING_INVALID_ENCODED_DATA: 'het is geen UTF-8-tekst',
  },
  other: 'het systeem weigerde',
  tooLarge: 'het is groter dan 1 MiB',
  stdoutFailed: (why) => `oplos: kon de uitvoer niet schrijven: ${why}.`,
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const systemMessages = (lang: string) => (lang === 'nl' ? nl : en);

/** A system error in words, the code in parentheses: "it is a folder, not a file (EISDIR)". */
export const systemReason = (e: unknown, lang: string): string => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const t = systemMessages(lang);
  if (typeof code !== 'string') return t.other;
  return `${t.codes[code] ?? t.other} (${code})`;
};
