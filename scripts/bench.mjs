#!/usr/bin/env node
// `npm run bench`: start-up, journal and session timings of the built binary,
// as ratios to a bare `node -e 0` measured in the same run (docs/performance.md).
//
//   node scripts/bench.mjs [--runs N] [--sessions N] [--md] [--keep]
//
// --runs      timed runs per target after one warm-up run (default 7)
// --sessions  interactive sessions per journal for the answer-save timing (default 3)
// --md        also print the table as Markdown (for docs/performance.md)
// --keep      keep the temp folder (journals, homes) and print where it is
//
// Needs a build (`npm run build`; `npm run bench` does it) and node-pty.
// Exit code 0 whether targets pass or fail (the table says); 1 when the bench itself cannot run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { entries, journalStats, loadQuestions, writeJournal } from './bench/journal.mjs';
import { iqr, median, openTerminal, peakRssOf, sleep, timeProcess } from './bench/measure.mjs';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = path.join(ROOT, 'bin', 'oplos.js');
const SET_FILE = path.join(ROOT, 'question-sets', 'first-session.yaml');
const SEARCH = ['koffie', 'fiets'];

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) die(`${name} takes a whole number of 1 or more`);
  return n;
};
function die(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(1);
}
const RUNS = opt('--runs', 7);
const SESSIONS = opt('--sessions', 3);
const MD = argv.includes('--md');
const KEEP = argv.includes('--keep');
const log = (s) => process.stderr.write(`${s}\n`);

if (!existsSync(path.join(ROOT, 'dist', 'oplos.js'))) die('dist/oplos.js is missing: run `npm run bench` (it builds first) or `npm run build`.');

// ---------------------------------------------------------------- temp folders and env
const TMP = mkdtempSync(path.join(os.tmpdir(), 'oplos-bench-'));
const live = new Set();
let cleaned = false;
const cleanup = () => {
  if (cleaned) return;
  cleaned = true;
  for (const t of live) t.close().catch(() => undefined);
  if (KEEP) log(`bench: kept ${TMP}`);
  else rmSync(TMP, { recursive: true, force: true });
};
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });

const dir = (...p) => {
  const d = path.join(TMP, ...p);
  mkdirSync(d, { recursive: true, mode: 0o700 });
  return d;
};
const HOME = dir('home');
const XDG = { XDG_CONFIG_HOME: dir('config'), XDG_DATA_HOME: dir('data'), XDG_CACHE_HOME: dir('cache'), XDG_STATE_HOME: dir('state') };
const JDIR = dir('journals');
const RSS_FILE_ENV = 'OPLOS_BENCH_RSS_FILE';
const RSS_HOOK = path.join(TMP, 'rss.mjs');
writeFileSync(
  RSS_HOOK,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const f = process.env.${RSS_FILE_ENV};
  if (f) writeFileSync(f, String(process.resourceUsage().maxRSS));
});
`,
);

/** The environment of every child: temp home and XDG folders, the journal, no colour, the C locale. */
const envFor = (journal, tty = false, more = {}) => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME,
  ...XDG,
  OPLOS_JOURNAL: journal,
  NO_COLOR: '1',
  LANG: 'C',
  ...(tty ? { TERM: 'xterm-256color' } : {}),
  ...more,
});

/** Removes what a killed session leaves beside a journal: its drafts and a lock. */
const clearSessionFiles = (journal) => {
  rmSync(`${journal}.drafts`, { recursive: true, force: true });
  rmSync(`${journal}.lock`, { recursive: true, force: true });
};

// ---------------------------------------------------------------- journals
const started = Date.now();
const questions = loadQuestions(SET_FILE);
const journals = {};
for (const [name, n, seed] of [
  ['1k', 1_000, 1],
  ['10k', 10_000, 2],
  ['50k', 50_000, 3],
]) {
  const file = path.join(JDIR, `journal-${name}.json`);
  const t = Date.now();
  writeJournal(file, n - 1, questions, { seed });
  // the last session comes in through oplos itself (journal import), so the journal is written as oplos
  // writes it, with its line index beside it, as any journal is after its first change
  const one = path.join(JDIR, `one-${name}.json`);
  writeFileSync(one, JSON.stringify({ format: 'oplos-journal', version: 1, exportedAt: new Date().toISOString(), entries: [...entries(1, questions, seed + 100)] }));
  const imported = spawnSync(process.execPath, [BIN, 'journal', 'import', one], { env: envFor(file), encoding: 'utf8' });
  if (imported.status !== 0 || !existsSync(`${file}.index`)) throw new Error(`bench: oplos journal import failed: ${imported.stderr}`);
  const { bytes, matches } = journalStats(file, SEARCH);
  journals[name] = { file, n, bytes, matches };
  log(`bench: wrote ${n} entries (${(bytes / 1e6).toFixed(1)} MB, ${Math.round(bytes / n)} B each, "${SEARCH.join(' ')}" in ${matches}) in ${Date.now() - t} ms`);
}
// the same 10k journal without its index: as the first read after a hand edit, or a journal from elsewhere
const NO_INDEX = path.join(JDIR, 'journal-10k-no-index.json');
copyFileSync(journals['10k'].file, NO_INDEX);
const EMPTY = path.join(dir('journals', 'empty'), 'journal.json'); // never created: an empty journal

// ---------------------------------------------------------------- the floor
// What any program on this stack pays to show a first question: commander
// parses `start` and one @inquirer/select prompt goes on screen, nothing else;
// bundled into one file like oplos. For comparison with `start` (info).
const FLOOR = path.join(TMP, 'floor.mjs');
{
  const { build } = await import('esbuild');
  await build({
    stdin: {
      contents: `import { Command } from 'commander';
import select from '@inquirer/select';
const p = new Command('floor');
p.command('start').action(async () => {
  await select({ message: 'question 1 of about 32 · ' + (process.argv[2] ?? ''), choices: [{ name: 'yes', value: true }, { name: 'no', value: false }] });
});
await p.parseAsync(['start'], { from: 'user' });`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: FLOOR,
    minifyWhitespace: true,
    minifySyntax: true,
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
    logLevel: 'warning',
  });
}

// ---------------------------------------------------------------- a person's own sets
// A folder of two small sets (OPLOS_SETS): after the warm-up run they come from the cache in the cache folder.
const OWN_SETS = dir('own-sets');
for (const [from, id] of [['reflection', 'own-reflection'], ['feedback', 'own-feedback']])
  writeFileSync(
    path.join(OWN_SETS, `${id}.yaml`),
    readFileSync(path.join(ROOT, 'question-sets', `${from}.yaml`), 'utf8').replace(/^id: .*$/m, `id: ${id}`),
  );

// ---------------------------------------------------------------- targets
const firstQ = [...questions.questions.values()][0];
const firstText = (firstQ.ask.en ?? '').split('{{')[0].slice(0, 30);
const FIRST_TEXT = firstText;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FIRST_QUESTION = new RegExp(`question 1 of about \\d+[\\s\\S]*${escapeRe(firstText)}`);
const ANY_QUESTION = /question \d+ of about \d+/;

const spawnTarget = (name, args, journal, goal, expect, env = {}) => ({ name, kind: 'spawn', args, journal, goal, expect, env });
const list = (search = false) => [BIN, 'journal', 'list', '-n', '5', ...(search ? ['--search', SEARCH.join(' ')] : [])];
const hasRows = (r) => r.stdout.split('\n').filter((l) => l.trim()).length >= 6 || 'fewer than 5 rows';

const targets = [
  spawnTarget('node -e 0 (baseline)', ['-e', '0'], EMPTY, undefined),
  spawnTarget('oplos --version', [BIN, '--version'], EMPTY, 1.5, (r) => /\d+\.\d+/.test(r.stdout) || 'no version printed'),
  spawnTarget('oplos --help', [BIN, '--help'], EMPTY, 1.5, (r) => /journal/.test(r.stdout) || 'no help printed'),
  spawnTarget('journal list -n 5, 1k', list(), journals['1k'].file, undefined, hasRows),
  spawnTarget('journal list -n 5, 10k', list(), journals['10k'].file, 3, hasRows),
  spawnTarget('journal list -n 5, 50k', list(), journals['50k'].file, 6, hasRows),
  spawnTarget('list -n 5 --search, 1k', list(true), journals['1k'].file, undefined, hasRows),
  spawnTarget('list -n 5 --search, 10k', list(true), journals['10k'].file, 4, hasRows),
  spawnTarget('list -n 5 --search, 50k', list(true), journals['50k'].file, 6, hasRows),
  spawnTarget('journal list -n 5, 10k, no index', list(), NO_INDEX, undefined, hasRows),
  // judged against 'journal list -n 5, 10k' below (≤ 1.10× it), not against node -e 0
  spawnTarget('journal list -n 5, 10k, OPLOS_SETS of two sets', list(), journals['10k'].file, undefined, hasRows, { OPLOS_SETS: OWN_SETS }),
  spawnTarget('list -n 5 --search, 10k, no index', list(true), NO_INDEX, undefined, hasRows),
  { name: 'node -e 0 in a pty, until exit', kind: 'ptyExit', journal: EMPTY, goal: undefined },
  { name: 'start: first question, empty journal', kind: 'first', journal: EMPTY, goal: 2 },
  { name: 'start: first question, 10k journal', kind: 'first', journal: journals['10k'].file, goal: undefined },
  { name: 'floor: commander + one prompt (info)', kind: 'first', journal: EMPTY, goal: undefined, args: [FLOOR, FIRST_TEXT] },
];

const rssOf = new Map(); // target name -> peak RSS in MB

/** One timed run of a target: milliseconds; throws when the command fails. */
const runOnce = async (t, check) => {
  if (t.kind === 'spawn') {
    const r = await timeProcess(t.args, envFor(t.journal, false, t.env));
    if (r.code !== 0) throw new Error(`${t.name}: exit ${r.code}\n${r.stderr.slice(0, 2000)}`);
    if (check && t.expect) {
      const ok = t.expect(r);
      if (ok !== true) throw new Error(`${t.name}: ${ok}\nstdout:\n${r.stdout.slice(0, 1000)}\nstderr:\n${r.stderr.slice(0, 1000)}`);
    }
    return r.ms;
  }
  if (t.kind === 'ptyExit') {
    // what a pseudo-terminal itself adds: a bare node in one, until it has ended
    const term = openTerminal(['-e', '0'], envFor(t.journal, true));
    live.add(term);
    try {
      return (await term.ended()) - term.t0;
    } finally {
      live.delete(term);
    }
  }
  // first question of `oplos start` (or of the floor) on screen, in a pseudo-terminal
  const term = openTerminal(t.args ?? [BIN, 'start', '--lang', 'en'], envFor(t.journal, true, t.env));
  live.add(term);
  try {
    const at = await term.waitFor(FIRST_QUESTION);
    const rss = peakRssOf(term.pid);
    if (rss !== undefined) rssOf.set(t.name, Math.max(rssOf.get(t.name) ?? 0, rss));
    return at - term.t0;
  } finally {
    await term.close();
    live.delete(term);
    clearSessionFiles(t.journal);
  }
};

const times = new Map(targets.map((t) => [t.name, []]));
log(`bench: warm-up run of ${targets.length} targets`);
for (const t of targets) await runOnce(t, true);
for (let r = 0; r < RUNS; r++) {
  log(`bench: run ${r + 1} of ${RUNS}`);
  // round robin, each run starting one target further: the baseline and the
  // targets see the same machine, and no target always runs right after another
  for (let i = 0; i < targets.length; i++) {
    const t = targets[(i + r) % targets.length];
    times.get(t.name).push(await runOnce(t));
  }
}

// ---------------------------------------------------------------- peak memory of the plain commands
log('bench: peak memory runs');
for (const t of targets.filter((x) => x.kind === 'spawn')) {
  const file = path.join(TMP, 'rss.txt');
  rmSync(file, { force: true });
  const r = await timeProcess(['--import', pathToFileURL(RSS_HOOK).href, ...t.args], { ...envFor(t.journal, false, t.env), [RSS_FILE_ENV]: file });
  if (r.code === 0 && existsSync(file)) rssOf.set(t.name, Number(readFileSync(file, 'utf8')) / 1024);
}

// ---------------------------------------------------------------- saving one answer (draft)
// Drive `oplos start` in a pty: type an answer, press Enter, and time until
// the next question's header is on screen. That span holds the draft save
// (<journal>.drafts/<id>.json, under the journal's lock) and nothing that
// should grow with the journal.
const ANSWERS = [
  'I had a quiet coffee before the day started.',
  'That things are calmer at home and we talk again.',
  'Every morning starts with a fight about school.',
  'I wake up rested and we have breakfast together.',
  'I would drink my coffee in peace before waking Daan.',
  'I would listen instead of giving advice straight away.',
];
const answerSession = async (journal) => {
  const term = openTerminal([BIN, 'start', '--lang', 'en'], envFor(journal, true));
  live.add(term);
  const samples = [];
  try {
    await term.waitFor(FIRST_QUESTION);
    await sleep(50);
    const press = async () => {
      term.mark();
      const t0 = performance.now();
      term.type('\r');
      const at = await term.waitFor(ANY_QUESTION);
      samples.push(at - t0);
      await sleep(30);
    };
    // the first question is a yes/no one: "n", then Enter
    term.mark();
    term.type('n');
    await sleep(60);
    await press();
    for (const text of ANSWERS) {
      term.mark();
      term.type(text);
      await term.waitFor(text);
      await sleep(30);
      await press();
    }
    const drafts = readdirSync(`${journal}.drafts`).filter((n) => n.endsWith('.json'));
    if (drafts.length !== 1) throw new Error(`expected one draft beside ${journal}, found ${drafts.length}`);
    const saved = JSON.parse(readFileSync(path.join(`${journal}.drafts`, drafts[0]), 'utf8'));
    if (saved.entry?.answers?.length !== ANSWERS.length + 1)
      throw new Error(`the draft holds ${saved.entry?.answers?.length} answers, expected ${ANSWERS.length + 1}`);
  } finally {
    await term.close();
    live.delete(term);
    clearSessionFiles(journal);
  }
  return samples;
};

const saves = { empty: [], '10k': [] };
const saveJournals = { empty: EMPTY, '10k': journals['10k'].file };
log(`bench: answer saves, ${SESSIONS} sessions per journal (+1 warm-up each)`);
for (let s = -1; s < SESSIONS; s++) {
  const order = s % 2 === 0 ? ['empty', '10k'] : ['10k', 'empty'];
  for (const k of order) {
    const got = await answerSession(saveJournals[k]);
    if (s >= 0) saves[k].push(...got);
  }
}

// ---------------------------------------------------------------- results
const base = median(times.get(targets[0].name));
const fmtMs = (x) => (Number.isFinite(x) ? x.toFixed(x < 100 ? 1 : 0) : '—');
const fmtMb = (x) => (x === undefined ? '—' : x.toFixed(0));
const rows = [];
for (const t of targets) {
  const ms = median(times.get(t.name));
  const ratio = ms / base;
  rows.push({
    target: t.name,
    ms: fmtMs(ms),
    ratio: t === targets[0] ? '1.00×' : `${ratio.toFixed(2)}×`,
    goal: t === targets[0] ? '(baseline)' : t.goal ? `≤ ${t.goal}×` : '(info)',
    result: t.goal ? (ratio <= t.goal ? 'pass' : 'FAIL') : '',
    rss: fmtMb(rssOf.get(t.name)),
  });
}
{
  const withSets = median(times.get('journal list -n 5, 10k, OPLOS_SETS of two sets'));
  const without = median(times.get('journal list -n 5, 10k'));
  rows.push({
    target: 'own sets: list -n 5, 10k, OPLOS_SETS vs without',
    ms: fmtMs(withSets - without),
    ratio: `${(withSets / without).toFixed(2)}× without`,
    goal: '≤ 1.10× without',
    result: withSets / without <= 1.1 ? 'pass' : 'FAIL',
    rss: '—',
  });
}
{
  // a 360 KB set with 40,000 bad references in one text: loaded in this process (src/sets/scalar-pos.ts is linear)
  const { build } = await import('esbuild');
  const outfile = path.join(TMP, 'loader.mjs');
  await build({ entryPoints: [path.join(ROOT, 'src/sets/loader.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'warning',
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" } });
  const { loadSetText } = await import(pathToFileURL(outfile).href);
  const head = 'format: 1\nid: s\nlanguages: [en]\ntitle: T\nphases:\n  - id: p\n    title: P\n    questions:\n      - id: a\n        kind: text\n';
  const text = `${head}        ask: "${'{{nope}} '.repeat(40_000)}"\n`;
  const samples = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const n = loadSetText(text, 'big.yaml').problems.length;
    samples.push(performance.now() - t0);
    if (n < 40_000) throw new Error(`bench: the big set gave ${n} problems, not 40,000`);
  }
  const ms = median(samples);
  rows.push({ target: `load a ${(text.length / 1000).toFixed(0)} KB set, 40,000 bad references`, ms: fmtMs(ms), ratio: '', goal: '< 1000 ms', result: ms < 1000 ? 'pass' : 'FAIL', rss: '—' });
}
const listRss = rssOf.get('journal list -n 5, 10k');
rows.push({
  target: 'peak memory, journal list -n 5, 10k',
  ms: '',
  ratio: listRss === undefined ? '—' : `${listRss.toFixed(0)} MB`,
  goal: '< 250 MB',
  result: listRss === undefined ? 'n/a' : listRss < 250 ? 'pass' : 'FAIL',
  rss: fmtMb(listRss),
});
const eMed = median(saves.empty);
const kMed = median(saves['10k']);
// "within noise": the 10k median may exceed the empty one by at most the larger
// interquartile range of the two samples, and never less than 10% of the empty median or 2 ms
const noise = Math.max(iqr(saves.empty), iqr(saves['10k']), 0.1 * eMed, 2);
rows.push({ target: `save one answer, empty journal (n=${saves.empty.length})`, ms: fmtMs(eMed), ratio: '1.00× empty', goal: '(base)', result: '', rss: '—' });
rows.push({
  target: `save one answer, 10k journal (n=${saves['10k'].length})`,
  ms: fmtMs(kMed),
  ratio: `${(kMed / eMed).toFixed(2)}× empty`,
  goal: `≤ empty + ${noise.toFixed(1)} ms`,
  result: kMed - eMed <= noise ? 'pass' : 'FAIL',
  rss: '—',
});

const HEAD = { target: 'target', ms: 'median ms', ratio: 'ratio', goal: 'goal', result: 'result', rss: 'peak RSS MB' };
const cols = Object.keys(HEAD);
const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[HEAD, ...rows].map((r) => String(r[c]).length))]));
const right = new Set(['ms', 'ratio', 'rss']);
const line = (r) => cols.map((c) => (right.has(c) ? String(r[c]).padStart(width[c]) : String(r[c]).padEnd(width[c]))).join('  ').trimEnd();

const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
const machine = `${os.availableParallelism()} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.type()} ${os.release()}, node ${process.version}`;
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const failed = rows.filter((r) => r.result === 'FAIL').length;
const judged = rows.filter((r) => r.result === 'pass' || r.result === 'FAIL').length;

const out = [];
out.push('');
out.push(`oplos bench, ${when} UTC — ${machine}`);
out.push(`baseline node -e 0: ${fmtMs(base)} ms; ${RUNS} runs per target after a warm-up, medians; ${SESSIONS} sessions × ${ANSWERS.length + 1} answers per journal for the saves`);
out.push(`journals: ${Object.values(journals).map((j) => `${j.n} entries ${(j.bytes / 1e6).toFixed(0)} MB`).join(', ')}; --search "${SEARCH.join(' ')}"`);
out.push('');
out.push(line(HEAD));
out.push(cols.map((c) => '-'.repeat(width[c])).join('  '));
for (const r of rows) out.push(line(r));
out.push('');
out.push(failed === 0 ? `all ${judged} targets pass` : `${failed} of ${judged} targets FAIL`);
out.push(`bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.stdout.write(`${out.join('\n')}\n`);

if (MD) {
  const md = [];
  md.push('');
  md.push(`| target | median ms | ratio | goal | result | peak RSS MB |`);
  md.push(`|---|--:|--:|---|---|--:|`);
  for (const r of rows) md.push(`| ${r.target} | ${r.ms} | ${r.ratio} | ${r.goal} | ${r.result} | ${r.rss} |`);
  process.stdout.write(`${md.join('\n')}\n`);
}
