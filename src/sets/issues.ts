/**
 * The schema's findings (zod issues) as problems placed in the file, worded
 * for set authors. Unknown fields are warnings, so that files written for a
 * newer oplos still load; everything else is an error.
 */
import { clipWidth } from '../text/width.js';
import type { z } from 'zod';
import { KINDS } from './schema.js';
import { fieldOf, valueAt, whereIn, whereOf } from './check-context.js';
import { catalogue, said, type ProblemTexts } from './messages-problems.js';
import type { SetContext } from './check-context.js';
import type { Path } from './yaml-source.js';

type Issue = z.core.$ZodIssue;

const kindList = `${KINDS.slice(0, -1).join(', ')} or ${KINDS[KINDS.length - 1]}`;

export const describeValue = (v: unknown, t: ProblemTexts = catalogue.en): string => {
  if (v === null) return t.value.nothing;
  if (Array.isArray(v)) return t.value.list;
  if (typeof v === 'object') return t.value.map;
  if (typeof v === 'string') return `"${clipWidth(v, 41)}"`;
  return String(v);
};

const toPath = (p: readonly PropertyKey[]): Path => p.filter((s): s is string | number => typeof s !== 'symbol');

/** A zod issue's own message (schema.ts), or a plainer one for zod's default wordings, in the words of `t`. */
const plain = (issue: Issue, t: ProblemTexts): string => {
  if (issue.code === 'too_small' && (issue.origin === 'number' || issue.origin === 'int'))
    return issue.inclusive === false ? t.moreThan(Number(issue.minimum)) : t.atLeast(Number(issue.minimum));
  if (issue.code === 'too_big' && (issue.origin === 'number' || issue.origin === 'int')) return t.atMost(Number(issue.maximum));
  return t.schema(issue.message);
};

const reportIssue = (ctx: SetContext, raw: unknown, issue: Issue, prefix: Path): void => {
  const path = [...prefix, ...toPath(issue.path)];
  const where = whereOf(raw, path);
  const field = fieldOf(path);
  const input = valueAt(raw, path);
  const missing = input === undefined && path.length > 0;
  // a problem in both languages: where it is, then what
  const w = (f: (t: ProblemTexts) => string) => said((t) => whereIn(t, raw, path) + f(t));
  if (
    missing &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || (issue.code === 'invalid_union' && !issue.discriminator))
  ) {
    return ctx.error(
      path.slice(0, -1),
      w((t) => t.missingField(String(path[path.length - 1]))),
    );
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = (t: ProblemTexts) => t.expected[issue.expected] ?? issue.expected;
      if (input === null)
        return ctx.error(
          path,
          w((t) => t.empty(field, expected(t))),
        );
      if (path[path.length - 1] === 'example') {
        const kind = valueAt(raw, [...path.slice(0, -1), 'kind']);
        return ctx.error(
          path,
          w((t) => t.exampleNotFit(String(kind), expected(t), describeValue(input, t))),
        );
      }
      return ctx.error(
        path,
        w((t) => t.mustBe(field, expected(t), describeValue(input, t))),
      );
    }
    case 'invalid_union': {
      if (issue.discriminator) {
        if (missing)
          return ctx.error(
            path.slice(0, -1),
            said((t) => whereIn(t, raw, path.slice(0, -1)) + t.missingField('kind')),
          );
        return ctx.error(
          path,
          w(
            (t) =>
              `${typeof input === 'string' ? t.unknownKind(input) : t.kindNotWord(describeValue(input, t))}: ${t.expectedKinds(kindList, KINDS.slice(0, -1).join(', '), KINDS[KINDS.length - 1]!)}`,
          ),
        );
      }
      // a text or a map: follow the branch that got furthest (not the one refused at the root)
      const branches = issue.errors.filter((b) => !b.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
      const branch = branches.length === 1 ? branches[0] : undefined;
      if (branch) {
        for (const inner of branch) reportIssue(ctx, raw, inner, path);
        return;
      }
      if (input === null)
        return ctx.error(
          path,
          w((t) => t.emptyIt(field, t.schema(issue.message))),
        );
      return ctx.error(
        path,
        w((t) => t.notThat(field, t.schema(issue.message), describeValue(input, t))),
      );
    }
    case 'invalid_key': {
      const message = issue.issues[0]?.message ?? issue.message;
      const parent = fieldOf(path.slice(0, -1));
      return ctx.error(
        path,
        w((t) => `"${parent}": ${t.schema(message)}`),
        { key: true },
      );
    }
    case 'unrecognized_keys': {
      const kind = valueAt(raw, [...path, 'kind']);
      const forKind = where.startsWith('question') && typeof kind === 'string' ? kind : undefined;
      for (const key of issue.keys)
        ctx.warn(
          [...path, key],
          w((t) => t.unknownField(key, forKind)),
          { key: true },
        );
      return;
    }
    case 'invalid_value':
      if (path.length === 1 && path[0] === 'format')
        return ctx.error(
          path,
          said((t) => t.formatValue(describeValue(input, t))),
        );
      return ctx.error(
        path,
        w((t) => t.mustBe(field, issue.values.map((v) => describeValue(v, t)).join(` ${t.or} `), describeValue(input, t))),
      );
    default:
      return ctx.error(
        path,
        w((t) => t.field(field) + plain(issue, t)),
      );
  }
};

/** Places every issue as a problem (unknown fields as warnings). */
export const reportIssues = (ctx: SetContext, raw: unknown, issues: readonly Issue[]): void => {
  for (const issue of issues) reportIssue(ctx, raw, issue, []);
};
