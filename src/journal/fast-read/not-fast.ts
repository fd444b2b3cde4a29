/** The error that sends a read from the fast path back to the full read. */

/** The fast path does not apply (or found something to leave to the full read). */
export class NotFast extends Error {
  constructor(why: string) {
    super(`journal fast read: ${why}`);
  }
}
