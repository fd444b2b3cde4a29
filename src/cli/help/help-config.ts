/**
 * Commander's own words in the help and in its error lines, in the help's
 * language: "Usage:", "[options]", "(choices: …)", "(default: …)",
 * "<path>", "unknown command", "Did you mean". And a suggestion for a
 * mistyped command at the root, as commander gives one below it.
 */
import { Help, type Command, type HelpConfiguration, type Option } from 'commander';

const NL_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\[options\]/g, '[opties]'],
  [/\[command\]/g, '[commando]'],
  [/\(choices: /g, '(keuzes: '],
  [/, default: /g, ', standaard: '],
  [/\(default: /g, '(standaard: '],
  [/<path>/g, '<pad>'],
  [/<dir>/g, '<map>'],
  [/<lang>/g, '<taal>'],
  [/<label>/g, '<label>'],
  [/<file>/g, '<bestand>'],
  [/<date>/g, '<datum>'],
  [/<text>/g, '<tekst>'],
  [/<word>/g, '<woord>'],
  [/<count>/g, '<aantal>'],
  [/<format>/g, '<formaat>'],
  [/<shell>/g, '<shell>'],
  [/<key>/g, '<sleutel>'],
  [/<value>/g, '<waarde>'],
  [/\[set\]/g, '[set]'],
  [/\[id\]/g, '[id]'],
  [/<id>/g, '<id>'],
];

const NL_ERRORS: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '([^']*)'/, "fout: onbekende optie '$1'"],
  [/^error: unknown command '([^']*)'/, "fout: onbekend commando '$1'"],
  [/\(Did you mean one of ([^?]*)\?\)/, '(Bedoel je een van $1?)'],
  [/\(Did you mean ([^?]*)\?\)/, '(Bedoel je $1?)'],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    "fout: optie '$1' kent '$2' niet. Mogelijk zijn: $3.",
  ],
  [/^error: option '([^']*)' argument missing/, "fout: optie '$1' heeft een waarde nodig"],
  [/^error: missing required argument '([^']*)'/, "fout: het argument '$1' ontbreekt"],
  [
    /^error: too many arguments( for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    'fout: te veel argumenten$1: verwacht $3, gekregen $4.',
  ],
  [/See: oplos --help/, 'Zie: oplos --help'],
];

const swap = (text: string, table: readonly (readonly [RegExp, string])[]) => table.reduce((s, [from, to]) => s.replace(from, to), text);

/** Commander's error line in `lang` (English stays as commander says it). */
export const errorText = (lang: string, line: string): string => (lang === 'nl' ? swap(line, NL_ERRORS) : line);

/** The help layout with commander's words in `lang`, the titles through `tr`; empty defaults ([] of a repeatable option) left out. */
export const helpConfiguration = (lang: string, tr: (s: string) => string): HelpConfiguration => {
  const base = Help.prototype;
  const words = (s: string) => (lang === 'nl' ? swap(s, NL_WORDS) : s);
  return {
    styleTitle: (title) => tr(title),
    commandUsage: (cmd: Command) => words(base.commandUsage.call(new Help(), cmd)),
    subcommandTerm: (cmd: Command) => words(base.subcommandTerm.call(new Help(), cmd)),
    optionTerm: (option: Option) => words(base.optionTerm.call(new Help(), option)),
    optionDescription: (option: Option) => {
      const emptyList = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
      const shown = emptyList
        ? Object.assign(Object.create(Object.getPrototypeOf(option) as object) as Option, option, { defaultValue: undefined })
        : option;
      return words(base.optionDescription.call(new Help(), shown));
    },
  };
};

const distance = (a: string, b: string): number => {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
};

/** The nearest of `names` to a mistyped `word` (as commander judges nearness), or undefined. */
export const nearest = (word: string, names: readonly string[]): string[] => {
  let best = 3;
  let found: string[] = [];
  for (const name of new Set(names)) {
    if (name.length <= 1) continue;
    const dist = distance(word, name);
    const similarity = (Math.max(word.length, name.length) - dist) / Math.max(word.length, name.length);
    if (similarity <= 0.4) continue;
    if (dist < best) [best, found] = [dist, [name]];
    else if (dist === best) found.push(name);
  }
  return found.sort();
};

/** "(Did you mean start?)" after a mistyped command at the root, as commander says it for subcommands. */
export const didYouMean = (word: string, program: Command): string => {
  const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
  const near = nearest(word, names);
  if (near.length === 0) return '';
  return near.length === 1 ? ` (Did you mean ${near[0]}?)` : ` (Did you mean one of ${near.join(', ')}?)`;
};
