/**
 * A full disk while a running session is saved: the answer just given stays in
 * memory, the person is told, and once they have freed some space the save is
 * tried again; only when they choose to stop does the session end (exit 1,
 * with the answers saved before it kept and `resume` named).
 */
import { DiskFull } from '../../errors.js';

export interface RetryIo {
  /** Says that the disk is full and asks whether to try again (true) or stop (false). */
  readonly askRetry: (e: DiskFull) => Promise<boolean>;
}

export const saveWithRetry = async (save: () => Promise<void>, io: RetryIo): Promise<void> => {
  for (;;) {
    try {
      await save();
      return;
    } catch (e) {
      if (!(e instanceof DiskFull) || !(await io.askRetry(e))) throw e;
    }
  }
};
