/**
 * The one error type for the user's own mistakes (and for states of their
 * journal they must act on). Everything else that is thrown is a bug.
 * The command line catches it once, at the edge, prints `message` (and
 * `hint`) as one line and exits with `exitCode`.
 */
declare const named: unique symbol;
/**
 * An exit code an OplosError may carry. Branded, so only the names in `EXIT`
 * are accepted (`fail(EXIT.usage, …)`), never a bare `2`.
 * 1 only for a failure of the machine the user can act on (a full disk); a bug is never an OplosError.
 */
export type ExitCode = (1 | 2 | 3 | 130) & { readonly [named]: true };

const code = <N extends 1 | 2 | 3 | 130>(n: N): N & ExitCode => n as N & ExitCode;

declare const success: unique symbol;
/** What a command returns: `EXIT.ok` or a code by name, never a bare number (see `passedOn`). */
export type ExitStatus = ExitCode | (0 & { readonly [success]: true });

export const EXIT = {
  ok: 0 as 0 & { readonly [success]: true },
  /** the machine failed in a way the user can act on (a full disk) */
  failure: code(1),
  /** the user's input or command line was wrong */
  usage: code(2),
  /** the journal cannot be used as it is */
  journal: code(3),
  /** the person pressed Ctrl-C */
  interrupted: code(130),
} as const;

/** The exit code of a program oplos ran for the person (`journal git`), passed on as it is. */
export const passedOn = (childCode: number): ExitStatus => childCode as ExitStatus;

export class OplosError extends Error {
  override readonly name = 'OplosError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The person pressed Ctrl-C (or closed the prompt); what they gave so far is kept. */
export class Interrupted extends OplosError {
  constructor(message = 'interrupted', hint?: string) {
    super(message, EXIT.interrupted, hint);
  }
}

/** The disk (or the quota) is full: a failure of the machine the person can act on, exit 1; what was saved before is kept. */
export class DiskFull extends OplosError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.failure, hint);
  }
}

export const isOplosError = (e: unknown): e is OplosError => e instanceof OplosError;
