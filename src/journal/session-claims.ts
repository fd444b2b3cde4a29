/**
 * The sessions this process has in hand: the file name each has (chosen
 * once, copies.ts placeOf) and the lock by which a session being run is
 * claimed (unfinished/<name>.lock), so a second process running it is
 * refused. The journal's writes (store.ts) go through it.
 */
import { placeOf } from './copies.js';
import type { JournalFolder } from './journal-folder.js';
import { unfinishedPath } from './layout.js';
import type { HeldLock } from './lock.js';

export class SessionClaims {
  private readonly claims = new Map<string, HeldLock>();
  /** the file name each session of this process has (see place) */
  private readonly chosen = new Map<string, string>();

  constructor(private readonly folder: JournalFolder) {}

  /** Where the session `e`'s file is, or goes (copies.ts, placeOf); remembered per process. */
  async place(e: { id: string; startedAt: string }, existing?: ReadonlySet<string>): Promise<{ name: string; there: boolean }> {
    const known = this.chosen.get(e.id);
    if (known && !existing) return { name: known, there: true };
    const got = await placeOf(this.folder, e, existing);
    this.chosen.set(e.id, got.name);
    return got;
  }

  /** Forgets the file name chosen for the session `id` (its name changes). */
  forgetPlace(id: string): void {
    this.chosen.delete(id);
  }

  /**
   * Claims the session `e` for this process (once): a second process running
   * it is exit 3 naming it.
   */
  async claim(e: { id: string; startedAt: string }): Promise<void> {
    if (this.claims.has(e.id)) return;
    await this.folder.ensureFolder();
    const lock = await this.folder.sessionLock(`${unfinishedPath(this.folder.dir, (await this.place(e)).name)}.lock`, e.id);
    this.claims.set(e.id, lock);
  }

  /** Does this process hold the session `id`? */
  holds(id: string): boolean {
    return this.claims.has(id);
  }

  async unclaim(id: string): Promise<void> {
    await this.claims.get(id)?.release();
    this.claims.delete(id);
  }

  /** Lets go of every session this process claimed (for an exit handler). */
  releaseSync(): void {
    for (const lock of this.claims.values()) lock.releaseSync();
    this.claims.clear();
  }
}
