/**
 * `journal check [--fix]`: every file read, and what is wrong with each.
 * Damaged files are reported and never changed. A sync tool's copy of a
 * session file that holds the same session is a duplicate; with `fix`, the
 * more complete version stays under the original name and the other goes
 * into `conflicts/` (never deleted).
 */
import { constants, copyFile, lstat, mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { fsyncDir } from './atomic.js';
import { inventory } from './inventory.js';
import { CONFLICTS, sessionPath, type Named } from './layout.js';
import { readRecord } from './record.js';
import { entryOfDoc, type SessionDoc } from './session-file.js';
import type { Journal } from './store.js';
import { OplosError } from '../errors.js';

export type Finding =
  | { readonly kind: 'damaged'; readonly file: string; readonly why: string }
  | { readonly kind: 'duplicate'; readonly file: string; readonly of: string; readonly moved?: string }
  | { readonly kind: 'copy'; readonly file: string; readonly of: string; readonly moved?: string }
  /** a temporary file of an interrupted write (a whole session in it): removed */
  | { readonly kind: 'temp'; readonly file: string; readonly removed: boolean }
  /** a plain file in an encrypted journal; with fix: sealed */
  | { readonly kind: 'plain'; readonly file: string; readonly sealed: boolean }
  /** with fix: a file sealed the old way (not bound to its session) sealed anew */
  | { readonly kind: 'resealed'; readonly file: string };

export interface CheckResult {
  readonly files: number;
  readonly findings: readonly Finding[];
  /** true when nothing is (still) wrong */
  readonly ok: boolean;
}

/** How complete a version is: complete beats unfinished, then more answers, then the later edit or finish. */
const weight = (doc: SessionDoc): [number, number, string] => {
  const e = entryOfDoc(doc);
  const edited = e.answers.reduce((m, a) => (a.editedAt && a.editedAt > m ? a.editedAt : m), e.finishedAt ?? '');
  return [e.status === 'complete' ? 1 : 0, e.answers.length, edited];
};
const moreComplete = (a: SessionDoc, b: SessionDoc): boolean => {
  const [x, y] = [weight(a), weight(b)];
  return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
};

export const checkJournal = async (j: Journal, fix: boolean): Promise<CheckResult> => {
  const findings: Finding[] = [];
  try {
    await readRecord(j.dir, j.lang);
  } catch (e) {
    if (!(e instanceof OplosError)) throw e;
    findings.push({ kind: 'damaged', file: path.join(j.dir, 'oplos-journal.json'), why: e.message });
    return { files: 0, findings, ok: false };
  }
  // every file of the inventory: temporary files of killed writes go (under the lock every writer holds)
  const temps = await inventory(j.dir, { kinds: ['temp'] });
  if (temps.length > 0) {
    await j.folder.locked(async () => void (await j.removeTemps()));
    for (const f of temps) findings.push({ kind: 'temp', file: f.path, removed: true });
  }
  const names = await j.folder.names();
  const docs = new Map<string, SessionDoc>();
  await j.folder.readEach(
    names,
    (n, doc) => void docs.set(n.file, doc),
    (n, why) => void findings.push({ kind: 'damaged', file: n.file, why }),
  );
  const setAside = await inventory(j.dir, { kinds: ['set-aside'] });
  for (const f of setAside) {
    const d = await j.folder.readPath(f.path);
    if (d && !d.ok) findings.push({ kind: 'damaged', file: f.path, why: d.why });
  }
  const byName = new Map<string, Named>();
  for (const n of names) if (!n.conflictOf) byName.set(`${n.complete ? 's' : 'u'}/${n.name}`, n);
  const conflictsDir = path.join(j.dir, CONFLICTS);
  /** A free name in conflicts/ for `file` (a version set aside before keeps its own). */
  const asideName = async (file: string): Promise<string> => {
    await mkdir(conflictsDir, { recursive: true, mode: 0o700 });
    const base = path.basename(file, '.json');
    for (let k = 1; ; k++) {
      const to = path.join(conflictsDir, k === 1 ? `${base}.json` : `${base} (${k}).json`);
      if (
        !(await stat(to).then(
          () => true,
          () => false,
        ))
      )
        return to;
    }
  };
  const moveAside = async (file: string): Promise<string> => {
    const to = await asideName(file);
    await rename(file, to);
    await fsyncDir(conflictsDir);
    await fsyncDir(path.dirname(file));
    return to;
  };
  /**
   * The copy takes the original's place, the original set aside: first a copy
   * of the original goes into conflicts/, then the copy is renamed over it. A
   * run killed between the two leaves the original where it was (and a spare
   * in conflicts/); the next run does it again. Never is the name empty.
   */
  const swapIn = async (copy: string, original: string): Promise<string> => {
    const to = await asideName(original);
    await copyFile(original, to, constants.COPYFILE_EXCL);
    await fsyncDir(conflictsDir);
    await rename(copy, original);
    await fsyncDir(path.dirname(original));
    return to;
  };
  let fixedAll = true;
  const run = async () => {
    for (const n of names) {
      if (!n.conflictOf) continue;
      const copy = docs.get(n.file);
      if (!copy) continue; // damaged: reported above
      const original = byName.get(`${n.complete ? 's' : 'u'}/${n.conflictOf}`);
      const orig = original ? docs.get(original.file) : undefined;
      const originalFile = original?.file ?? path.join(path.dirname(n.file), n.conflictOf);
      if (
        !original &&
        fix &&
        !(await lstat(originalFile).then(
          () => true,
          () => false,
        ))
      ) {
        // the only version of its session (its original gone, e.g. a --fix killed half-way before): it takes the original's name
        await rename(n.file, originalFile);
        await fsyncDir(path.dirname(originalFile));
        findings.push({ kind: 'copy', file: n.file, of: originalFile, moved: originalFile });
        continue;
      }
      if (!original || !orig || orig['id'] !== copy['id']) {
        // a session in a copy's name only (another session holds the original's name): it is listed here, and kept
        findings.push({ kind: 'copy', file: n.file, of: originalFile });
        fixedAll = false;
        continue;
      }
      if (!fix) {
        findings.push({ kind: 'duplicate', file: n.file, of: original.file });
        continue;
      }
      if (moreComplete(copy, orig))
        findings.push({ kind: 'duplicate', file: n.file, of: original.file, moved: await swapIn(n.file, original.file) });
      else findings.push({ kind: 'duplicate', file: n.file, of: original.file, moved: await moveAside(n.file) });
    }
    // a session both complete and unfinished (a sync brought the draft back): the draft is set aside
    for (const n of names) {
      if (n.complete || n.conflictOf) continue;
      const done = byName.get(`s/${n.name}`);
      if (!done || docs.get(done.file)?.['id'] !== docs.get(n.file)?.['id']) continue;
      findings.push({
        kind: 'duplicate',
        file: n.file,
        of: sessionPath(j.dir, n.name),
        ...(fix ? { moved: await moveAside(n.file) } : {}),
      });
    }
  };
  if (fix) await j.folder.locked(run);
  else await run();
  // an encrypted journal holds no plain file: each is reported, and --fix seals it (and seals anew one sealed the old way)
  if (j.encrypted) {
    const { plain, oldSeal } = await j.unsealed();
    const damagedFiles = new Set(findings.filter((f) => f.kind === 'damaged').map((f) => f.file));
    const sealed = fix ? new Set(await j.sealAsRecorded()) : new Set<string>();
    for (const file of plain) if (!damagedFiles.has(file)) findings.push({ kind: 'plain', file, sealed: sealed.has(file) });
    for (const file of oldSeal) if (sealed.has(file)) findings.push({ kind: 'resealed', file });
  }
  const damaged = findings.some((f) => f.kind === 'damaged' || (f.kind === 'plain' && !f.sealed));
  const unfixed = findings.some((f) => f.kind === 'duplicate' && !f.moved);
  return {
    files: names.length + setAside.length,
    findings,
    ok: !damaged && !unfixed && (fixedAll || !findings.some((f) => f.kind === 'copy')),
  };
};
