/**
 * Loading one question-set file: bytes → text → YAML (positions kept) →
 * plain data → the schema (schema.ts) → the model (build-set.ts), with every
 * problem placed at FILE:LINE:COL. Never throws for anything in the file:
 * a file with errors gives problems and no set.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { said, type Said } from './messages-problems.js';
import { checkQuestionsAlone } from './check-alone.js';
import type { QuestionSet, SetOrigin, SetProblem } from './types.js';
import { setSchema, FORMATS } from './schema.js';
import type { SetInput } from './schema.js';
import { decodeText, parseYaml, toPlain, tooLarge, MAX_BYTES } from './yaml-source.js';
import type { RawProblem } from './yaml-source.js';
import { SetContext, byPlace, valueAt } from './check-context.js';
import { reportIssues } from './issues.js';
import { buildSet } from './build-set.js';
import { crossCheck } from './cross-set.js';
import type { CrossCheck, SetResolver } from './cross-set.js';

export interface LoadOptions {
  /** which kind of folder the file comes from; default 'dir' */
  readonly origin?: SetOrigin;
  /** finds another set by id, for `continues`; without it (or when it finds nothing) references into that set are only warned about */
  readonly resolveSet?: SetResolver;
  /** leave the checks against other sets to the caller (the registry does them once all sets are loaded) */
  readonly deferCrossSet?: boolean;
}

export interface LoadResult {
  /** the set, when the file has no errors (warnings may be present) */
  readonly set?: QuestionSet;
  /** errors and warnings, in file order */
  readonly problems: readonly SetProblem[];
  /** with `deferCrossSet`: what is still to be checked against other sets */
  readonly cross?: CrossCheck;
}

const fromRaw = (file: string, raws: readonly RawProblem[]): LoadResult => ({
  problems: raws.map((p) => ({
    file,
    line: p.pos.line,
    col: p.pos.col,
    severity: p.severity,
    message: p.message,
    ...(p.nl !== undefined ? { nl: p.nl } : {}),
  })),
});

export const loadSetText = (input: string | Uint8Array, file: string, opts: LoadOptions = {}): LoadResult => {
  const decoded = decodeText(input);
  if ('problem' in decoded) return fromRaw(file, [decoded.problem]);
  const parsed = parseYaml(decoded.text);
  if ('problems' in parsed) return fromRaw(file, parsed.problems);
  const ctx = new SetContext(file, parsed.source);
  for (const w of parsed.warnings) ctx.raw(w);
  const plain = toPlain(parsed.source);
  if ('problem' in plain) return fromRaw(file, [plain.problem]);
  const raw = plain.value;

  const format = valueAt(raw, ['format']);
  if (typeof format === 'number' && !(FORMATS as readonly number[]).includes(format)) {
    ctx.error(
      ['format'],
      said((t) => t.formatUnsupported(format, `${FORMATS.slice(0, -1).join(', ')} and ${FORMATS[FORMATS.length - 1]}`)),
    );
    return { problems: ctx.problems };
  }
  const checked = setSchema.safeParse(raw);
  if (!checked.success) {
    reportIssues(ctx, raw, checked.error.issues);
    // the questions the schema accepts are still checked on their own: every problem of the file in one run
    checkQuestionsAlone(raw, ctx, checked.error.issues);
  }
  if (ctx.failed) return { problems: ctx.problems.sort(byPlace) };

  const { set, cross } = buildSet(raw as SetInput, ctx, opts.origin ?? 'dir');
  const problems = opts.deferCrossSet ? ctx.problems : [...ctx.problems, ...crossCheck(cross, opts.resolveSet)];
  problems.sort(byPlace);
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return opts.deferCrossSet ? { set, problems, cross } : { set, problems };
};

/** Reads at most 1 MiB (and one byte more, to tell a larger file) and loads it. */
export const loadSetFile = (file: string, opts: LoadOptions = {}): LoadResult => {
  let bytes: Uint8Array;
  try {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_BYTES) return fromRaw(file, [tooLarge(size)]);
      const buf = Buffer.alloc(size + 1);
      let length = 0;
      let n = 1;
      while (n > 0 && length < buf.length) {
        n = readSync(fd, buf, length, buf.length - length, null);
        length += n;
      }
      bytes = buf.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const why = readFailure(e);
    return fromRaw(file, [{ pos: { line: 1, col: 1 }, severity: 'error', message: why.en, nl: why.nl }]);
  }
  return loadSetText(bytes, file, opts);
};

const readFailure = (e: unknown): Said => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return said((t) => t.noFile);
  if (code === 'EISDIR') return said((t) => t.folderNotFile);
  if (code === 'EACCES' || code === 'EPERM') return said((t) => t.notAllowed);
  return said((t) => t.cannotRead(code ?? String(e)));
};
