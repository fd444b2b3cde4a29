/**
 * `oplos journal edit ID`: correct an answer of a complete session. On a
 * terminal: pick one of the questions answered, see its answer, give the new
 * one (checked as during the session: the same prompts). Without one:
 * `--question Q --answer VALUE`. The answer records `editedAt`; the rest of
 * the session stays as it was.
 */
import type { JournalEditOptions } from './journal-edit.options.js';
import select from '@inquirer/select';
import { selectTheme } from '../prompts/select-theme.js';
import { clipWidth } from '../../text/width.js';
import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { loadContextSets, requireSet } from '../load-sets.js';
import { EXIT, OplosError } from '../../errors.js';
import { guardPrompt } from '../prompts/prompt-guard.js';
import { checkAnswer, type CheckedAnswer } from '../../engine/answer-check.js';
import { askQuestion } from '../../engine/ask-prompter.js';
import { findQuestion, phaseOf } from '../../engine/session-context.js';
import { answerLine, answerWords, askedBy } from '../../report/format-answer.js';
import type { Answer, Entry } from '../../domain/types.js';
import type { Question, QuestionSet } from '../../sets/types.js';
import { makePrompter } from '../prompts/prompter.js';
import { numberText } from '../../i18n/count.js';
import { safeLine, safeText } from '../render/safe-text.js';
import { inSessionLang } from './resume.js';
import { commandLine } from '../invocation.js';
import { answerAfter, columnsOf, promptText } from '../render/wrapped.js';

/** The new answer given on the command line, read as its kind reads it. */
const fromOption = async (q: Question, raw: string, lang: string): Promise<CheckedAnswer> => {
  if (q.kind === 'text' || q.kind === 'long') return checkAnswer(q, raw, lang);
  if (q.kind === 'list' && !raw.trim().startsWith('[')) return checkAnswer(q, raw.split('\n'), lang);
  const { parse } = await import('../session/yaml-parse.js');
  let value: unknown;
  try {
    value = parse(raw);
  } catch {
    value = raw;
  }
  return checkAnswer(q, value, lang);
};

/** The answer changed: its new value (or skipped) and when. */
const edited = (a: Answer, checked: CheckedAnswer, now: Date): Answer => {
  const { value: _v, skipped: _s, ...rest } = a;
  return { ...rest, ...(checked.skipped ? { skipped: true as const } : { value: checked.value }), editedAt: now.toISOString() };
};

/** On a terminal: which answer, and its new value. */
const askEdit = async (ctx: CliContext, set: QuestionSet, entry: Entry): Promise<{ answer: Answer; checked: CheckedAnswer }> => {
  const { m, theme: t } = ctx;
  const columns = columnsOf(ctx.streams.stdout, ctx);
  const choices = entry.answers.map((a, i) => {
    const words = answerLine(a, findQuestion(set, a.question), entry.lang, set.languages);
    const short = clipWidth(words, 40);
    // wrapped at spaces to the terminal (inquirer breaks a long line inside a word); the answer after it where it fits
    const asked = ctx.accessible ? safeLine(askedBy(a)) : promptText(safeLine(askedBy(a)), columns);
    const said = safeLine(short || `(${m.skipped})`);
    // once picked, the question alone follows "Which answer…?"
    const picked = answerAfter(m.editWhich, safeLine(askedBy(a)), columns).replace(/^ /, '');
    return { value: i, name: `${asked}${t.dim(ctx.accessible ? `  ${said}` : answerAfter(asked, said, columns))}`, short: picked };
  });
  const at = ctx.accessible
    ? await (await import('../prompts/accessible-ask.js')).lineChoose(ctx, m.editWhich, choices)
    : await guardPrompt(
        select(
          { message: m.editWhich, choices, pageSize: 12, theme: selectTheme(ctx) },
          { input: ctx.streams.stdin, output: ctx.streams.stdout },
        ),
      );
  const answer = entry.answers[at]!;
  const question = findQuestion(set, answer.question);
  if (!question) throw new OplosError(m.editNoQuestion(answer.question, set.id), EXIT.usage);
  const words = answerWords(answer, question, entry.lang, set.languages);
  ctx.out(t.dim(m.editNow));
  if (words === undefined) ctx.out(`  ${t.dim(`(${m.skipped})`)}`);
  else if (typeof words !== 'string') for (const item of words) ctx.out(`  • ${safeLine(item)}`);
  else for (const line of words.split('\n')) ctx.out(`  ${safeText(line)}`);
  const v = answer.value;
  const checked = await askQuestion(
    {
      type: 'ask',
      question,
      phase: phaseOf(set, question),
      text: answer.asked,
      position: { index: 1, total: 1 },
      ...(answer.participant !== undefined ? { participant: answer.participant } : {}),
    },
    {
      prompter: (ctx.accessible ? (await import('../prompts/accessible-prompter.js')).makeAccessiblePrompter : makePrompter)(
        ctx,
        ctx.config.editor ? { editor: ctx.config.editor } : {},
      ),
      set,
      uiLang: ctx.lang,
      lang: entry.lang,
      // a scale's number offered as the session writes it (3,5 in Dutch; the prompt reads both)
      ...(v !== undefined && !Array.isArray(v)
        ? { initial: typeof v === 'number' ? numberText(v, entry.lang) : (v as string | boolean) }
        : {}),
    },
  );
  return { answer, checked };
};

export const run = async (outer: CliContext, args: string[], opts: JournalEditOptions) => {
  const journal = await openContextJournal(outer);
  const entry = await journal.get(args[0] ?? '');
  const ctx = inSessionLang(outer, entry.lang);
  if (entry.status !== 'complete') {
    throw new OplosError(
      ctx.m.editUnfinished(
        commandLine(ctx.env, ['resume', entry.id.slice(0, 8)], typeof opts['journal'] === 'string' ? ctx.journalPath : undefined),
      ),
      EXIT.usage,
    );
  }
  if (entry.answers.length === 0) throw new OplosError(ctx.m.editNothing, EXIT.usage);
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const set = requireSet(ctx, sets, entry.set);

  let answer: Answer;
  let checked: CheckedAnswer;
  if (typeof opts['question'] === 'string') {
    const id = opts['question'];
    // in a session held with several people, whose answer: never one of them taken silently
    const whose = typeof opts['participant'] === 'string' ? opts['participant'].trim() : undefined;
    const all = entry.answers.filter((a) => a.question === id);
    const people = [...new Set(all.flatMap((a) => (a.participant !== undefined ? [a.participant] : [])))];
    if (whose === undefined && people.length > 1) throw new OplosError(ctx.m.editWhose(id, people.join(', ')), EXIT.usage);
    const found = whose === undefined ? all[0] : all.find((a) => a.participant === whose);
    if (!found && whose !== undefined && people.length > 0) throw new OplosError(ctx.m.editWhose(id, people.join(', ')), EXIT.usage);
    if (!found) throw new OplosError(ctx.m.editNotAnswered(id, entry.answers.map((a) => a.question).join(', ')), EXIT.usage);
    const question = findQuestion(set, id);
    if (!question) throw new OplosError(ctx.m.editNoQuestion(id, set.id), EXIT.usage);
    if (typeof opts['answer'] !== 'string') throw new OplosError(ctx.m.editNeedsAnswer, EXIT.usage);
    answer = found;
    checked = await fromOption(question, opts['answer'], ctx.lang);
  } else {
    if (!ctx.streams.stdin.isTTY) throw new OplosError(ctx.m.editNoTerminal, EXIT.usage);
    ({ answer, checked } = await askEdit(ctx, set, entry));
  }
  const changed = edited(answer, checked, ctx.clock.now());
  const updated: Entry = { ...entry, answers: entry.answers.map((a) => (a === answer ? changed : a)) };
  await journal.updateEntry(updated);
  if (ctx.json) ctx.out(JSON.stringify(updated, null, 2));
  else ctx.out(ctx.theme.good(ctx.m.editSaved(safeLine(askedBy(answer)), entry.id.slice(0, 8))));
  return EXIT.ok;
};
