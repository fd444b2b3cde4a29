/**
 * The words of the sets layer (a parsed condition in plain words), in English
 * and Dutch. `nl` is typed as `en`, so both hold exactly the same keys.
 */
const en = {
  asked: 'asked when',
  and: 'and',
  or: 'or',
  not: (s: string) => `it is not so that ${s}`,
  /** a question named in a condition: its id for a set's author, its first words for a reader */
  quote: { id: (q: string) => `"${q}"`, text: (q: string) => `‘${q}’` },
  ref: {
    answer: (q: string) => q,
    count: (q: string) => `the number of items in ${q}`,
    next: (q: string) => `${q} plus one`,
    prev: (q: string) => `${q} minus one`,
    last: (s: string) => `${s} last time`,
    client: 'the client label',
    lastDate: 'the date of the last session',
  },
  compare: {
    '<': (r: string, v: string) => `${r} is lower than ${v}`,
    '<=': (r: string, v: string) => `${r} is ${v} or lower`,
    '>': (r: string, v: string) => `${r} is higher than ${v}`,
    '>=': (r: string, v: string) => `${r} is ${v} or higher`,
    '==': (r: string, v: string) => `${r} is ${v}`,
    '!=': (r: string, v: string) => `${r} is not ${v}`,
  },
  state: {
    answered: (r: string) => `${r} is answered`,
    skipped: (r: string) => `${r} is skipped`,
    yes: (r: string) => `${r} is answered yes`,
    no: (r: string) => `${r} is answered no`,
  },
  equals: (r: string, label: string) => `${r} is "${label}"`,
  /** a negated single test, so that `not A and B` cannot be read as `not (A and B)` */
  negated: {
    answered: (r: string) => `${r} is not answered`,
    skipped: (r: string) => `${r} is not skipped`,
    yes: (r: string) => `${r} is not answered yes`,
    no: (r: string) => `${r} is not answered no`,
    equals: (r: string, label: string) => `${r} is not "${label}"`,
  },
  participant: 'the participant',
};

const nl: typeof en = {
  asked: 'alleen als',
  and: 'en',
  or: 'of',
  not: (s: string) => `het niet zo is dat ${s}`,
  quote: { id: (q: string) => `"${q}"`, text: (q: string) => `‘${q}’` },
  ref: {
    answer: (q: string) => q,
    count: (q: string) => `het aantal items bij ${q}`,
    next: (q: string) => `${q} plus één`,
    prev: (q: string) => `${q} min één`,
    last: (s: string) => `${s} van de vorige keer`,
    client: 'het cliëntlabel',
    lastDate: 'de datum van de vorige sessie',
  },
  compare: {
    '<': (r: string, v: string) => `${r} lager dan ${v} is`,
    '<=': (r: string, v: string) => `${r} ${v} of lager is`,
    '>': (r: string, v: string) => `${r} hoger dan ${v} is`,
    '>=': (r: string, v: string) => `${r} ${v} of hoger is`,
    '==': (r: string, v: string) => `${r} ${v} is`,
    '!=': (r: string, v: string) => `${r} niet ${v} is`,
  },
  state: {
    answered: (r: string) => `${r} beantwoord is`,
    skipped: (r: string) => `${r} overgeslagen is`,
    yes: (r: string) => `bij ${r} ja is gekozen`,
    no: (r: string) => `bij ${r} nee is gekozen`,
  },
  equals: (r: string, label: string) => `bij ${r} ‘${label}’ is gekozen`,
  negated: {
    answered: (r: string) => `${r} niet beantwoord is`,
    skipped: (r: string) => `${r} niet overgeslagen is`,
    yes: (r: string) => `bij ${r} niet ja is gekozen`,
    no: (r: string) => `bij ${r} niet nee is gekozen`,
    equals: (r: string, label: string) => `bij ${r} niet ‘${label}’ is gekozen`,
  },
  participant: 'de deelnemer',
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export type ConditionWords = typeof en;
export const conditionWords = (lang: string): ConditionWords => (lang === 'nl' ? nl : en);
