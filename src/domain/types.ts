/**
 * A journal entry: one session, as stored and as exported
 * (shared/spec/cli.md, "Journal export").
 */

export type AnswerValue = string | number | boolean | readonly string[];

export interface Answer {
  readonly question: string;
  readonly phase: string;
  readonly kind: string;
  /** the text as it was shown, references filled in */
  readonly asked: string;
  /** absent when skipped */
  readonly value?: AnswerValue;
  readonly skipped?: true;
  readonly answeredAt: string;
  /** the participant this answer is of, in a session held with several people */
  readonly participant?: string;
  /** when the answer was last edited (ISO time); `answeredAt` stays the first answer's time */
  readonly editedAt?: string;
}

export type EntryStatus = 'complete' | 'unfinished';

export interface Entry {
  readonly id: string;
  readonly set: string;
  readonly setRevision?: number;
  readonly lang: string;
  readonly client?: string;
  /** the `--with` labels of a session held with several people, in order */
  readonly participants?: readonly string[];
  /** the session spoke formally ("u" instead of "je"; `start --formal`), with sets that have formal texts */
  readonly formal?: true;
  readonly tags: readonly string[];
  readonly status: EntryStatus;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly answers: readonly Answer[];
}

/** The export document of `journal export --format json`. */
export interface JournalExport {
  readonly format: 'oplos-journal';
  readonly version: 1;
  readonly exportedAt: string;
  readonly entries: readonly Entry[];
}

/**
 * An unfinished session as kept in the draft store while it runs: the entry
 * (status `unfinished`) and, while a list question is being answered, the
 * items given so far, so not even half a list is lost.
 */
export interface Draft {
  readonly entry: Entry;
  readonly pending?: { readonly question: string; readonly items: readonly string[] };
  /**
   * Answers taken back by going back, or on a branch a changed answer no longer takes: not answers
   * of the session (never shown or exported as such), offered again when their question is asked.
   * Kept in the session file, also once complete. Absent in drafts of earlier versions.
   */
  readonly aside?: readonly Answer[];
}
