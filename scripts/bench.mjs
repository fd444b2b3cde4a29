#!/usr/bin/env node
// `npm run bench`: the journal targets of issue 10 as ratios measured in one run,
// layout 2 (this build) beside layout 1 (commit 8df867d, built once into .bench/layout1),
// and the start-up targets of issue 15 (scripts/bench/startup.mjs).
//
//   node scripts/bench.mjs [--runs N] [--small] [--md] [--no-layout1] [--no-startup]
//
// --runs        timed runs per row after one warm-up (default 5)
// --small       10,000 sessions only (skips the 50,000 rows; about a minute)
// --md          also print the table as Markdown (docs/performance.md)
// --no-layout1  skip the layout-1 column
// --no-startup  skip the start-up rows (--version, --help, OPLOS_SETS, the 360 KB set)
//
// Wall time from spawn to exit, medians; peak memory from the process's own maxRSS.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entries, loadQuestions } from './bench/journal.mjs';
import { median, timeProcess } from './bench/measure.mjs';
import { startupRows } from './bench/startup.mjs';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const flag = (n) => argv.includes(n);
const RUNS = (() => {
  const i = argv.indexOf('--runs');
  return i < 0 ? 5 : Math.max(1, Number(argv[i + 1]) || 5);
})();
const SIZES = flag('--small') ? [10_000] : [10_000, 50_000];
const LAYOUT1 = !flag('--no-layout1');
const STARTUP = !flag('--no-startup');
const log = (s) => process.stderr.write(`${s}\n`);
const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
const REFLECTION = path.join(ROOT, 'test', 'fixtures', 'answers', 'reflection.yaml');
const SET_FILE = path.join(ROOT, 'question-sets', 'first-session.yaml');
const PASS = 'bench passphrase';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'oplos-bench-'));
process.on('exit', () => rmSync(TMP, { recursive: true, force: true }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const HOOK = path.join(TMP, 'rss.mjs');
writeFileSync(
  HOOK,
  `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const f = process.env.OPLOS_BENCH_RSS; if (f) writeFileSync(f, String(process.resourceUsage().maxRSS / 1024)); });\n`,
);
const env = (journal, more = {}) => ({
  PATH: process.env.PATH,
  HOME: TMP,
  LANG: 'C',
  XDG_CONFIG_HOME: path.join(TMP, 'config'),
  XDG_DATA_HOME: path.join(TMP, 'data'),
  OPLOS_JOURNAL: journal,
  ...more,
});

// ---------------------------------------------------------------- layout 1: the last commit before the folder
const L1 = path.join(ROOT, '.bench', 'layout1');
const l1Bin = path.join(L1, 'bin', 'oplos.js');
if (LAYOUT1 && !existsSync(path.join(L1, 'dist', 'oplos.js'))) {
  log('bench: building layout 1 (8df867d) into .bench/layout1 …');
  rmSync(L1, { recursive: true, force: true });
  mkdirSync(L1, { recursive: true });
  execSync(`git archive 8df867d | tar -x -C ${JSON.stringify(L1)}`, { cwd: ROOT, stdio: 'inherit' });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(L1, 'node_modules'));
  execSync('node scripts/build.mjs', { cwd: L1, stdio: 'inherit' });
}

// ---------------------------------------------------------------- journals
const questions = loadQuestions(SET_FILE);
const exportFile = (n) => {
  const file = path.join(TMP, `export-${n}.json`);
  const list = [...entries(n, questions, 1)];
  writeFileSync(
    file,
    `${JSON.stringify({ format: 'oplos-journal', version: 1, exportedAt: new Date().toISOString(), entries: list }, null, 2)}\n`,
  );
  return { file, list };
};

// Each timed run is paired with a `node -e 0` run just before it, and a row's ratio is to the median
// of its own pairs: a machine whose load drifts during the bench moves both alike.
const once = async (bin, args, journal, more = {}) => {
  const rssFile = path.join(TMP, 'rss');
  const r = await timeProcess(['--import', HOOK, bin, ...args], env(journal, { ...more, OPLOS_BENCH_RSS: rssFile }));
  if (r.code !== 0) throw new Error(`bench: ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return { ms: r.ms, mb: Number(readFileSync(rssFile, 'utf8')) };
};

const measure = async (bin, args, journal, more = {}, reset) => {
  const ms = [];
  const rss = [];
  const base = [];
  for (let i = 0; i <= RUNS; i++) {
    if (reset) reset();
    const b = await timeProcess(['-e', '0'], process.env);
    const r = await once(bin, args, journal, more);
    if (i > 0) {
      ms.push(r.ms);
      base.push(b.ms);
      rss.push(r.mb);
    }
  }
  return { ms: median(ms), mb: median(rss), base: median(base) };
};

/** Completing a session on an empty journal and on `journal`, in turns, so both see the same machine. */
const completePair = async (bin, journal, emptyJournal, client = () => 'C-7', setArgs = ['--answers', ANSWERS]) => {
  const e = { ms: [], mb: [] };
  const f = { ms: [], mb: [] };
  for (let i = 0; i <= RUNS; i++) {
    const args = ['start', ...setArgs, '--client', client(i)];
    rmSync(emptyJournal, { recursive: true, force: true });
    mkdirSync(path.dirname(emptyJournal), { recursive: true });
    const a = await once(bin, args, emptyJournal);
    const b = await once(bin, args, journal);
    if (i > 0) {
      e.ms.push(a.ms);
      e.mb.push(a.mb);
      f.ms.push(b.ms);
      f.mb.push(b.mb);
    }
  }
  return { empty: { ms: median(e.ms), mb: median(e.mb) }, full: { ms: median(f.ms), mb: median(f.mb) } };
};

/** Gives every session file of `journal` the time of now, as a copy that does not keep times does. */
const touchFiles = (journal) => {
  const root = path.join(journal, 'sessions');
  const now = new Date();
  for (const year of readdirSync(root))
    for (const name of readdirSync(path.join(root, year))) utimesSync(path.join(root, year, name), now, now);
};

const rows = [];
const row = (what, l2, l1, target) => rows.push({ what, l2, l1, target });
const BIN2 = path.join(ROOT, 'bin', 'oplos.js');
const layouts = [{ name: 'l2', bin: BIN2 }, ...(LAYOUT1 ? [{ name: 'l1', bin: l1Bin }] : [])];

const journalOf = (layout, n) => path.join(TMP, layout, String(n), layout === 'l2' ? 'journal' : 'journal.json');
const importInto = async (layout, n, file) => {
  const journal = journalOf(layout, n);
  mkdirSync(path.dirname(journal), { recursive: true });
  return measure(layout === 'l2' ? BIN2 : l1Bin, ['journal', 'import', file], journal, {}, () =>
    rmSync(journal, { recursive: true, force: true }),
  );
};

// the reference of the list rows: the same command on an empty journal
const emptyList = {};
for (const l of layouts) {
  const j = journalOf(l.name, 'empty-list');
  mkdirSync(path.dirname(j), { recursive: true });
  emptyList[l.name] = await measure(l.bin, ['journal', 'list', '-n', '5'], j);
}
// the floor: a command that opens no journal
const configList = await measure(BIN2, ['config', 'list'], journalOf('l2', 'empty-list'));
row(
  'config list (opens no journal), vs node -e 0',
  `${(configList.ms / configList.base).toFixed(2)}× (${configList.ms.toFixed(0)} ms)`,
  '—',
  '',
);
row(
  'journal list -n 5, empty journal, vs node -e 0',
  ...[emptyList.l2, emptyList.l1].map((x) => (x ? `${(x.ms / x.base).toFixed(2)}× (${x.ms.toFixed(0)} ms)` : '—')),
  '',
);

for (const n of SIZES) {
  log(`bench: ${n} sessions …`);
  const { file } = exportFile(n);
  const imp = {};
  for (const l of layouts) imp[l.name] = await importInto(l.name, n, file);
  const at = (l, args, more) => measure(l.bin, args, journalOf(l.name, n), more);
  const r = {};
  for (const l of layouts) {
    r[l.name] = {
      complete: await completePair(l.bin, journalOf(l.name, n), journalOf(l.name, 0)),
      list5: await at(l, ['journal', 'list', '-n', '5']),
      search: await at(l, ['journal', 'list', '--search', 'koffie']),
      client: await at(l, ['journal', 'list', '--client', 'C-7']),
    };
  }
  // The first session of a client the journal has never seen. first-session refers to no earlier session: with
  // --json (no closing summary, whose scales show the change since last time) none is looked up (issue 22 point 16);
  // with the summary, or with reflection ({{last.…}}), every file is looked at (no name holds a label).
  const newClientJson = await completePair(BIN2, journalOf('l2', n), journalOf('l2', 0), (i) => `Nieuwst-${i}`, [
    '--answers',
    ANSWERS,
    '--json',
  ]);
  const newClient = await completePair(BIN2, journalOf('l2', n), journalOf('l2', 0), (i) => `Nieuw-${i}`);
  const newClientRefers = await completePair(BIN2, journalOf('l2', n), journalOf('l2', 0), (i) => `Nieuwer-${i}`, [
    'reflection',
    '--answers',
    REFLECTION,
  ]);
  // An imported file carries its session's finish time, as one oplos wrote then would; the look for a client's last
  // session passes over the older files of its month by those times (journal-reads.ts). A journal copied without
  // its times has them all of today, and every file of that month is read: measured after setting them so.
  touchFiles(journalOf('l2', n));
  const copied = await completePair(BIN2, journalOf('l2', n), journalOf('l2', 0));
  const k = (x) => `${(x.ms / x.base).toFixed(2)}×`;
  const pair = (f) => [f(r.l2), r.l1 ? f(r.l1) : '—'];
  row(
    `complete one session, ${n}: time vs empty journal`,
    ...pair((x) => `${(x.complete.full.ms / x.complete.empty.ms).toFixed(2)}×`),
    '≤ 1.2×',
  );
  const ratio = (x) => `${(x.full.ms / x.empty.ms).toFixed(2)}×`;
  row(`complete one session, ${n}, its files copied without their times: time vs empty journal`, ratio(copied), '—', '');
  row(
    `complete the first session of a client new to the journal, a set that refers to no earlier session, --json, ${n}: time vs empty journal`,
    ratio(newClientJson),
    '—',
    n === 50_000 ? '≤ 1.2×' : '',
  );
  row(
    `complete the first session of a client new to the journal, the same with its summary (scales since last time), ${n}: time vs empty journal`,
    ratio(newClient),
    '—',
    '',
  );
  row(
    `complete the first session of a client new to the journal, a set that refers to the last session (reflection), ${n}: time vs empty journal`,
    ratio(newClientRefers),
    '—',
    '',
  );
  row(
    `complete one session, ${n}: memory vs empty journal`,
    ...pair((x) => `${(x.complete.full.mb / x.complete.empty.mb).toFixed(2)}× (${x.complete.full.mb.toFixed(0)} MB)`),
    '≤ 1.5×',
  );
  row(`journal list -n 5, ${n}`, ...pair((x) => k(x.list5)), n === 10_000 ? '≤ 2×' : '≤ 2.5×');
  row(
    `journal list -n 5, ${n}: vs the same on an empty journal`,
    ...pair((x) => `${(x.list5.ms / emptyList[x === r.l2 ? 'l2' : 'l1'].ms).toFixed(2)}×`),
    '',
  );
  row(`journal list --search, ${n}`, ...pair((x) => k(x.search)), n === 10_000 ? '≤ 5×' : '≤ 20×');
  row(`journal list --client, ${n}`, ...pair((x) => k(x.client)), n === 10_000 ? '≤ 5×' : '≤ 20×');
  row(
    `journal import of a ${n}-session export`,
    ...[imp.l2, imp.l1].map((x) => (x ? `${(x.ms / 1000).toFixed(1)} s, ${x.mb.toFixed(0)} MB` : '—')),
    n === 50_000 ? '< 60 s, < 300 MB' : '',
  );
  if (n === 10_000 && STARTUP) {
    // before the journal is encrypted below
    for (const x of await startupRows({ root: ROOT, bin: BIN2, tmp: TMP, runs: RUNS, env, journal: journalOf('l2', n), log }))
      row(x.what, x.value, '—', x.target);
  }
  if (n === 10_000) {
    // an encrypted journal: -n 5 costs the key derivation plus ≤ 2×
    const kdfScript = path.join(TMP, 'kdf.mjs');
    writeFileSync(
      kdfScript,
      "import { scryptSync } from 'node:crypto';\nscryptSync('x', Buffer.alloc(16), 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });\n",
    );
    const kdf = await measure(kdfScript, [], '', {});
    const enc = {};
    for (const l of layouts) {
      const j = journalOf(l.name, n);
      const e = { OPLOS_PASSPHRASE: PASS };
      if (spawnSync(process.execPath, [l.bin, 'journal', 'encrypt'], { env: env(j, e) }).status !== 0)
        throw new Error('bench: encrypt failed');
      enc[l.name] = await measure(l.bin, ['journal', 'list', '-n', '5'], j, e);
    }
    const kdfMs = kdf.ms - kdf.base;
    row(
      `encrypted ${n}: list -n 5 minus key derivation (${kdfMs.toFixed(0)} ms)`,
      ...[enc.l2, enc.l1].map((x) => (x ? `${((x.ms - kdfMs) / x.base).toFixed(2)}×` : '—')),
      '≤ 2×',
    );
  }
}

const head = ['', 'layout 2 (folder)', 'layout 1 (8df867d)', 'target'];
const table = [head, ...rows.map((x) => [x.what, x.l2, x.l1, x.target])];
const widths = head.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
log('');
log(
  `node -e 0 run before each timed run; a row's ratio is to the median of its own (${configList.base.toFixed(0)} ms for config list), or to the empty journal where said; ${RUNS} runs each, medians`,
);
for (const r of table) log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
if (flag('--md')) {
  process.stdout.write(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n`);
  for (const r of rows) process.stdout.write(`| ${r.what} | ${r.l2} | ${r.l1} | ${r.target} |\n`);
}
