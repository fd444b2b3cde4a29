/**
 * The I/O the core takes as parameters. The command line gives real ones
 * (inquirer, the system clock, the journal on disk); tests give fakes.
 */
import type { LocalText } from '../sets/types.js';
import type { Draft, Entry } from '../domain/types.js';

export { systemClock, type Clock } from '../domain/clock.js';

/** What every prompt shows besides the question itself. */
export interface PromptBase {
  /** the question, references filled in */
  readonly message: string;
  /** the one-line help, filled in */
  readonly help?: string;
  /** an empty answer is allowed (recorded as skipped) */
  readonly optional: boolean;
  /** where the person is, e.g. phase title and "question 4 of about 12" */
  readonly phaseTitle: string;
  readonly position: { readonly index: number; readonly total: number };
  /** the phase's place among the set's phases and its plain title: shown instead of a question count */
  readonly phaseAt?: { readonly index: number; readonly total: number; readonly title: string };
  readonly lang: string;
  /** when it aborts, the prompt is withdrawn and rejects */
  readonly signal?: AbortSignal;
  /** the earlier answer, offered for editing (after going back) */
  readonly initial?: string | number | boolean;
  /** in a session with several people: whose turn it is (`message` begins with it) */
  readonly participant?: string;
  /** the earlier answer was a skip: a list to pick from rests on its skip entry */
  readonly skippedBefore?: boolean;
}

/**
 * Thrown by a prompter when the person asks to go back (`/back`): the engine
 * takes back the last answer (or list item) and asks for it again.
 */
export class GoBack extends Error {
  constructor() {
    super('go back');
    this.name = 'GoBack';
  }
}

export interface ScalePrompt extends PromptBase {
  readonly min: number;
  readonly max: number;
  /** 1.1: the distance between two answers; absent means 1 */
  readonly step?: number;
  /** number → label in the session's language */
  readonly labels: ReadonlyMap<number, string>;
}

export interface ChoicePrompt extends PromptBase {
  readonly choices: readonly { readonly value: string; readonly label: string }[];
}

export interface ListItemPrompt extends PromptBase {
  /** 0 for the first item (message is `ask`), then `more` */
  readonly itemIndex: number;
  readonly max: number;
  /** the question itself (`message` is the follow-up from the second item on) */
  readonly ask: string;
  /** the items given so far */
  readonly items: readonly string[];
}

/**
 * Asks one thing and resolves with the answer; `undefined` means skipped
 * (only offered when `optional`). For list items, '' ends the list, and
 * several lines (a paste) are several items.
 * Rejects with `Interrupted` when the person presses Ctrl-C, with `GoBack`
 * when they ask to go back.
 */
export interface Prompter {
  text(p: PromptBase): Promise<string | undefined>;
  long(p: PromptBase): Promise<string | undefined>;
  listItem(p: ListItemPrompt): Promise<string | readonly string[]>;
  scale(p: ScalePrompt): Promise<number | undefined>;
  choice(p: ChoicePrompt): Promise<string | undefined>;
  confirm(p: PromptBase): Promise<boolean | undefined>;
}

/**
 * Where a running session keeps itself. `saveDraft` is called before the first
 * question, after every answer and after every list item; `complete` once, with
 * the finished entry (status `complete`), which then replaces the draft.
 */
export interface SessionStore {
  saveDraft(draft: Draft): Promise<void>;
  complete(entry: Entry): Promise<void>;
}

/** Where the core writes lines meant for a person (the CLI renders them). */
export interface Output {
  line(text?: string): void;
}

export type { LocalText };
