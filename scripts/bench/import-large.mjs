#!/usr/bin/env node
// The 50,000-session import of issue 10's targets (< 300 MB peak, within a
// minute): writes an export of N sessions (default 50000) as `journal export`
// lays it out, imports it into an empty journal with the built oplos, and
// prints the time and the peak memory (maxRSS). `--keep DIR` leaves the
// journal and the export in DIR (for measuring lists on it).
//   node scripts/bench/import-large.mjs [N] [--keep DIR]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entries, loadQuestions } from './journal.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const keep = argv.includes('--keep') ? argv[argv.indexOf('--keep') + 1] : undefined;
const n = Number(argv.find((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--keep') ?? 50_000);
const dir = keep ?? mkdtempSync(path.join(os.tmpdir(), 'oplos-import-'));
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `export-${n}.json`);
const journal = path.join(dir, 'journal');
rmSync(journal, { recursive: true, force: true });

// written a session at a time, indented as serializeExport indents (JSON.stringify(doc, null, 2))
const out = createWriteStream(file);
const write = (s) => new Promise((ok) => (out.write(s) ? ok() : out.once('drain', ok)));
await write(`{\n  "format": "oplos-journal",\n  "version": 1,\n  "exportedAt": "2026-12-01T08:00:00.000Z",\n  "entries": [`);
let first = true;
for (const e of entries(n, loadQuestions(path.join(ROOT, 'question-sets', 'first-session.yaml')), 1)) {
  const text = JSON.stringify(e, null, 2).replace(/\n/g, '\n    ');
  await write(`${first ? '' : ','}\n    ${text}`);
  first = false;
}
await write('\n  ]\n}\n');
await new Promise((ok) => out.end(ok));

const env = {
  PATH: process.env.PATH,
  HOME: dir,
  LANG: 'C',
  XDG_CONFIG_HOME: path.join(dir, 'config'),
  XDG_DATA_HOME: path.join(dir, 'data'),
  OPLOS_JOURNAL: journal,
};
const started = process.hrtime.bigint();
const r = spawnSync('/usr/bin/time', ['-v', process.execPath, path.join(ROOT, 'bin', 'oplos.js'), 'journal', 'import', file], {
  env,
  encoding: 'utf8',
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
console.log(
  `import of ${n} sessions (${(statSync(file).size / 1e6).toFixed(0)} MB export): exit ${r.status}, ${seconds.toFixed(1)} s, peak ${rss ? (Number(rss) / 1024).toFixed(0) : '?'} MB`,
);
if (r.status !== 0) console.log(r.stdout, r.stderr.split('\n').slice(0, 5).join('\n'));
if (!keep) rmSync(dir, { recursive: true, force: true });
