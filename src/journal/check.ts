/**
 * `journal check [--fix]`: every file read, and what is wrong with each.
 * Damaged files are reported and never changed. A sync tool's copy of a
 * session file that holds the same session is a duplicate; with `fix`, the
 * more complete version stays under the original name and the other goes
 * into `conflicts/` (never deleted).
 */
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { fsyncDir } from './atomic.js';
import { CONFLICTS, sessionPath, type Named } from './layout.js';
import { readRecord } from './record.js';
import { entryOfDoc, type SessionDoc } from './session-file.js';
import type { Journal } from './store.js';
import { OplosError } from '../errors.js';

export type Finding =
  | { readonly kind: 'damaged'; readonly file: string; readonly why: string }
  | { readonly kind: 'duplicate'; readonly file: string; readonly of: string; readonly moved?: string }
  | { readonly kind: 'copy'; readonly file: string; readonly of: string; readonly moved?: string };

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
  const names = await j.names();
  const docs = new Map<string, SessionDoc>();
  await j.readEach(names, (n, doc) => void docs.set(n.file, doc), (n, why) => void findings.push({ kind: 'damaged', file: n.file, why }));
  const byName = new Map<string, Named>();
  for (const n of names) if (!n.conflictOf) byName.set(`${n.complete ? 's' : 'u'}/${n.name}`, n);
  const conflictsDir = path.join(j.dir, CONFLICTS);
  const moveAside = async (file: string): Promise<string> => {
    await mkdir(conflictsDir, { recursive: true, mode: 0o700 });
    const to = path.join(conflictsDir, path.basename(file));
    await rename(file, to);
    await fsyncDir(conflictsDir);
    await fsyncDir(path.dirname(file));
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
      if (!original || !orig || orig['id'] !== copy['id']) {
        // a session in a copy's name only (the original gone, or another session): it is listed here, and kept
        findings.push({ kind: 'copy', file: n.file, of: originalFile });
        fixedAll = false;
        continue;
      }
      if (!fix) {
        findings.push({ kind: 'duplicate', file: n.file, of: original.file });
        continue;
      }
      if (moreComplete(copy, orig)) {
        const moved = await moveAside(original.file);
        await rename(n.file, original.file);
        await fsyncDir(path.dirname(original.file));
        findings.push({ kind: 'duplicate', file: n.file, of: original.file, moved });
      } else findings.push({ kind: 'duplicate', file: n.file, of: original.file, moved: await moveAside(n.file) });
    }
    // a session both complete and unfinished (a sync brought the draft back): the draft is set aside
    for (const n of names) {
      if (n.complete || n.conflictOf) continue;
      const done = byName.get(`s/${n.name}`);
      if (!done || docs.get(done.file)?.['id'] !== docs.get(n.file)?.['id']) continue;
      findings.push({ kind: 'duplicate', file: n.file, of: sessionPath(j.dir, n.name), ...(fix ? { moved: await moveAside(n.file) } : {}) });
    }
  };
  if (fix) await j.locked(run);
  else await run();
  const damaged = findings.some((f) => f.kind === 'damaged');
  const unfixed = findings.some((f) => f.kind === 'duplicate' && !f.moved);
  return { files: names.length, findings, ok: !damaged && !unfixed && (fixedAll || !findings.some((f) => f.kind === 'copy')) };
};
