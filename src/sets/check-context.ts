/**
 * What the checks of one file share: the YAML document (for positions) and
 * the problems found so far. Every problem is placed by a data path, mapped
 * back to its node (or the nearest node on the way when it is missing).
 */
import type { SetProblem, SourcePos } from './types.js';
import { keyNodeAt, nodeAt, posOf } from './yaml-source.js';
import type { Path, RawProblem, YamlSource } from './yaml-source.js';
import { scalarPos } from './scalar-pos.js';
import { catalogue as problemTexts, type ProblemTexts, type Said } from './messages-problems.js';

export interface PlaceOptions {
  /** the problem is about the key of the last path step, not its value */
  readonly key?: boolean;
  /** a 0-based index inside the scalar at `path` (a condition's token, a template's `{{`) */
  readonly index?: number;
  /** what the index counts in, for the message when the file position cannot be exact */
  readonly within?: 'condition' | 'text';
}

export interface Place {
  readonly pos: SourcePos;
  /** appended to the message: the column inside the text, when the file position is only the text's start */
  readonly note: string;
  /** the same in Dutch */
  readonly nlNote?: string;
}

export class SetContext {
  readonly problems: SetProblem[] = [];
  private errors = 0;

  constructor(
    readonly file: string,
    readonly src: YamlSource,
  ) {}

  get failed(): boolean {
    return this.errors > 0;
  }

  place(path: Path, opts: PlaceOptions = {}): Place {
    if (opts.key) {
      const key = keyNodeAt(this.src, path);
      if (key) return { pos: posOf(this.src, key), note: '' };
    }
    const { node, exact } = nodeAt(this.src, path);
    if (opts.index === undefined || !exact) return { pos: posOf(this.src, node), note: '' };
    const at = scalarPos(this.src, node, opts.index);
    if (at.exact) return { pos: at.pos, note: '' };
    const within = opts.within ?? 'text';
    return {
      pos: at.pos,
      note: problemTexts.en.columnOf(opts.index + 1, within),
      nlNote: problemTexts.nl.columnOf(opts.index + 1, within),
    };
  }

  /** `message`: in both languages, from the catalogue (messages-problems.ts) */
  report(severity: 'error' | 'warning', place: Place, message: Said): void {
    if (severity === 'error') this.errors++;
    const { line, col } = place.pos;
    this.problems.push({
      file: this.file,
      line,
      col,
      severity,
      message: message.en + place.note,
      nl: message.nl + (place.nlNote ?? place.note),
    });
  }

  error(path: Path, message: Said, opts?: PlaceOptions): void {
    this.report('error', this.place(path, opts), message);
  }

  warn(path: Path, message: Said, opts?: PlaceOptions): void {
    this.report('warning', this.place(path, opts), message);
  }

  raw(p: RawProblem): void {
    this.report(p.severity, { pos: p.pos, note: '' }, { en: p.message, nl: p.nl ?? p.message });
  }
}

/** Problems sorted by place, for reading top to bottom. */
export const byPlace = (a: SetProblem, b: SetProblem): number =>
  a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1;

/** The value at `path` in plain data, or undefined. */
export const valueAt = (value: unknown, path: Path): unknown => {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
};

/** `question "hopes": `, `phase "scaling": ` or '' for where a path leads in the raw set, in the words of `t`. */
export const whereIn = (t: ProblemTexts, raw: unknown, path: Path): string => {
  if (path[0] !== 'phases' || typeof path[1] !== 'number') return '';
  if (path[2] === 'questions' && typeof path[3] === 'number') {
    const id = valueAt(raw, path.slice(0, 4).concat('id'));
    return typeof id === 'string' ? t.question(id) : t.questionAt(path[3] + 1, path[1] + 1);
  }
  const id = valueAt(raw, ['phases', path[1], 'id']);
  return typeof id === 'string' ? t.phase(id) : t.phaseAt(path[1] + 1);
};

/** whereIn, in English. */
export const whereOf = (raw: unknown, path: Path): string => whereIn(problemTexts.en, raw, path);

/** The path below the question or phase it is in, as written: `choices[1].label`. */
export const fieldOf = (path: Path): string => {
  const start = path[0] === 'phases' && typeof path[1] === 'number' ? (path[2] === 'questions' && typeof path[3] === 'number' ? 4 : 2) : 0;
  let out = '';
  for (const seg of path.slice(start)) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
};
