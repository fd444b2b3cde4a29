/**
 * The loaded, validated model of a question set (format 1, see
 * docs/question-sets.md). Everything here is plain data: the
 * loader builds it once, with conditions and references already parsed, and
 * the engine, `sets show`, demo and prepare only read it.
 */

import type { LocalText } from '../domain/local-text.js';

/**
 * A text in each of the set's languages (domain/local-text.ts: i18n picks from it too). A plain string in
 * YAML becomes the same string under every language. 1.2: a key `<lang>-formal` (see `formalKey`) holds
 * the formal variant ("u" instead of "je") where the set gives one.
 */
export type { LocalText };

/** 1.2: the key of a text's formal variant in `lang`: `nl-formal`. */
export const formalKey = (lang: string): string => `${lang}-formal`;

/** What a reference points at, inside `{{…}}` or in a condition. */
export type Ref =
  /** `{{q}}`, `{{q.next}}`, `{{q.prev}}`, `{{q.count}}`: an answer of this session */
  | { readonly type: 'answer'; readonly question: string; readonly prop?: RefProp }
  /** `{{last.q}}` (and `last.q.next` etc.): an answer of the last session */
  | { readonly type: 'last'; readonly question: string; readonly prop?: RefProp }
  /** `{{last.date}}` */
  | { readonly type: 'lastDate' }
  /** `{{client}}` */
  | { readonly type: 'client' }
  /** `{{participant}}` (1.1): the participant being asked, elsewhere the same as `{{client}}` */
  | { readonly type: 'participant' };

export type RefProp = 'next' | 'prev' | 'count';

/** A text with references, parsed once: literal pieces and refs in order. */
export interface Template {
  readonly source: string;
  readonly parts: readonly (string | Ref)[];
}

/** A template per language. */
export type LocalTemplate = Readonly<Record<string, Template>>;

export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type RefState = 'answered' | 'skipped' | 'yes' | 'no';

/** A parsed `when:` expression. */
export type Condition =
  | { readonly type: 'and' | 'or'; readonly left: Condition; readonly right: Condition }
  | { readonly type: 'not'; readonly operand: Condition }
  /** `now <= 2`, and (as the spec's own example `now > last.now` shows) a comparison of two refs */
  | { readonly type: 'compare'; readonly ref: Ref; readonly op: CompareOp; readonly value: number | Ref }
  | { readonly type: 'state'; readonly ref: Ref; readonly state: RefState }
  | { readonly type: 'equals'; readonly ref: Ref; readonly word: string };

export interface ParsedCondition {
  /** the expression as written, for display */
  readonly source: string;
  readonly ast: Condition;
}

/** Where something stands in its file (1-based). */
export interface SourcePos {
  readonly line: number;
  readonly col: number;
}

export type QuestionKind = 'text' | 'long' | 'list' | 'scale' | 'choice' | 'confirm';

interface QuestionBase {
  readonly id: string;
  readonly kind: QuestionKind;
  /** the id of the phase it belongs to */
  readonly phase: string;
  readonly ask: LocalTemplate;
  readonly help?: LocalTemplate;
  readonly why?: LocalText;
  readonly optional: boolean;
  readonly when?: ParsedCondition;
  readonly fallback?: LocalText;
  readonly highlight: boolean;
  /** 1.1 `for: practitioner`: a note for the practitioner, never read out */
  readonly for?: 'practitioner';
  /** 1.1 `per: participant`: asked of each participant of a session held with several people */
  readonly per?: 'participant';
  /** 1.2 `revises: q`: judges the earlier question `q` again; once answered, `q` reads as this answer */
  readonly revises?: string;
  readonly pos?: SourcePos;
}

export interface TextQuestion extends QuestionBase {
  readonly kind: 'text' | 'long';
  readonly example?: LocalText;
}

export interface ListQuestion extends QuestionBase {
  readonly kind: 'list';
  readonly more: LocalTemplate;
  /** most items, default 10 */
  readonly max: number;
  readonly example?: readonly LocalText[];
}

export interface ScaleQuestion extends QuestionBase {
  readonly kind: 'scale';
  readonly min: number;
  readonly max: number;
  /** 1.1: the distance between two answers; absent means 1 (see `stepOf`) */
  readonly step?: number;
  /** number → text; at least for min and max */
  readonly labels: ReadonlyMap<number, LocalText>;
  /** the id of the scale whose "good enough" number this answer is */
  readonly goalFor?: string;
  readonly example?: number;
}

export interface Choice {
  readonly value: string;
  readonly label: LocalText;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'choice';
  readonly choices: readonly Choice[];
  readonly example?: string;
}

export interface ConfirmQuestion extends QuestionBase {
  readonly kind: 'confirm';
  readonly example?: boolean;
}

export type Question = TextQuestion | ListQuestion | ScaleQuestion | ChoiceQuestion | ConfirmQuestion;

export interface Phase {
  readonly id: string;
  readonly title: LocalText;
  readonly purpose?: LocalText;
  /** 1.1: the time the phase usually takes */
  readonly minutes?: number;
  readonly questions: readonly Question[];
}

export type SetOrigin = 'bundled' | 'user' | 'dir';

export interface QuestionSet {
  readonly format: 1 | 1.1 | 1.2;
  readonly id: string;
  readonly revision?: number;
  /** the first is the set's default */
  readonly languages: readonly string[];
  readonly title: LocalText;
  readonly summary?: LocalText;
  readonly audience: readonly string[];
  readonly continues?: string;
  readonly phases: readonly Phase[];
  /** every question of every phase, in order */
  readonly questions: readonly Question[];
  /** the file it was loaded from and which folder kind */
  readonly source: { readonly origin: SetOrigin; readonly file: string };
}

/** One problem found while loading or validating a set file. */
export interface SetProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly severity: 'error' | 'warning';
  /** in English */
  readonly message: string;
  /** in Dutch, for the problems the catalogue has (messages-problems.ts) */
  readonly nl?: string;
}

/** `FILE:LINE:COL: message` as the spec prints it, in `lang` where the problem has it (a formatter for `map`). */
export const formatProblemIn =
  (lang: string) =>
  (p: SetProblem): string => {
    const dutch = lang === 'nl';
    const warning = p.severity === 'warning' ? (dutch ? 'waarschuwing: ' : 'warning: ') : '';
    return `${p.file}:${p.line}:${p.col}: ${warning}${(dutch ? p.nl : undefined) ?? p.message}`;
  };

/** `FILE:LINE:COL: message` as the spec prints it, in English. */
export const formatProblem = formatProblemIn('en');

/** A scale's step: 1 unless the set gives one (1.1). */
export const stepOf = (q: Pick<ScaleQuestion, 'step'>): number => q.step ?? 1;

/** Whether `n` lies on the scale's grid: min, min + step, …, max (a float tolerance for steps like 0.1). */
export const onGrid = (q: Pick<ScaleQuestion, 'min' | 'max' | 'step'>, n: number): boolean => {
  if (!Number.isFinite(n) || n < q.min || n > q.max) return false;
  const k = (n - q.min) / stepOf(q);
  return Math.abs(k - Math.round(k)) < 1e-9;
};
