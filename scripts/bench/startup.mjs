// The start-up rows of `npm run bench` (issue 15): what a command costs before it does its work.
//
// - `--version` and `--help` as ratios to `node -e 0`, all three run in turns in this run (≤ 1.5×);
// - `journal list -n 5` on a 10,000-session journal with OPLOS_SETS naming a folder of two small
//   sets, against the same without it (within 10 %), after one warm-up run so the own-sets cache exists;
// - validating a 360 KB set with 40,000 bad references in one text, in this process (< 1 s).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, timeProcess } from './measure.mjs';

/**
 * Runs the start-up targets and returns their rows as { what, value, target }.
 * `env(journal, more)` is the bench's child environment; `journal` a 10,000-session journal of this build.
 */
export const startupRows = async ({ root, bin, tmp, runs, env, journal, log }) => {
  log('bench: start-up …');
  // a person's own folder of two small sets, with ids of their own
  const own = path.join(tmp, 'own-sets');
  mkdirSync(own, { recursive: true });
  for (const [from, id] of [
    ['reflection', 'own-reflection'],
    ['feedback', 'own-feedback'],
  ])
    writeFileSync(
      path.join(own, `${id}.yaml`),
      readFileSync(path.join(root, 'question-sets', `${from}.yaml`), 'utf8').replace(/^id: .*$/m, `id: ${id}`),
    );

  const empty = path.join(tmp, 'startup', 'journal');
  const targets = [
    { name: 'base', args: ['-e', '0'], env: process.env },
    { name: 'version', args: [bin, '--version'], env: env(empty), check: (r) => /\d+\.\d+/.test(r.stdout) },
    { name: 'help', args: [bin, '--help'], env: env(empty), check: (r) => /journal/.test(r.stdout) },
    { name: 'list', args: [bin, 'journal', 'list', '-n', '5'], env: env(journal), check: (r) => r.stdout.trim().split('\n').length >= 6 },
    {
      name: 'listSets',
      args: [bin, 'journal', 'list', '-n', '5'],
      env: env(journal, { OPLOS_SETS: own }),
      check: (r) => r.stdout.trim().split('\n').length >= 6,
    },
  ];
  const times = Object.fromEntries(targets.map((t) => [t.name, []]));
  // round one is the warm-up (it writes the own-sets cache); then round robin, each round starting one
  // target further, so the baseline and the commands see the same machine
  for (let r = 0; r <= runs; r++) {
    for (let i = 0; i < targets.length; i++) {
      const t = targets[(i + r) % targets.length];
      const res = await timeProcess(t.args, t.env);
      if (res.code !== 0 || (t.check && !t.check(res)))
        throw new Error(`bench: ${t.args.slice(1).join(' ')} exited ${res.code}: ${res.stderr.slice(0, 1000)}`);
      if (r > 0) times[t.name].push(res.ms);
    }
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));

  // the big set, loaded by the loader of src/ bundled for this process
  const { build } = await import('esbuild');
  const outfile = path.join(tmp, 'loader.mjs');
  await build({
    entryPoints: [path.join(root, 'src', 'sets', 'loader.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  });
  const { loadSetText } = await import(pathToFileURL(outfile).href);
  // as test/sets-large-text.test.ts makes it: 40,000 × '{{nope}} ' in one double-quoted text
  const head =
    'format: 1\nid: s\nlanguages: [en]\ntitle: T\nphases:\n  - id: p\n    title: P\n    questions:\n      - id: a\n        kind: text\n';
  const text = `${head}        ask: "${'{{nope}} '.repeat(40_000)}"\n`;
  const loads = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const n = loadSetText(text, 'big.yaml').problems.filter((p) => p.message.includes('nope')).length;
    loads.push(performance.now() - t0);
    if (n !== 40_000) throw new Error(`bench: the big set gave ${n} problems for its references, not 40,000`);
  }
  const load = median(loads);

  const x = (v) => `${v.toFixed(2)}×`;
  return [
    { what: `node -e 0 (baseline of the start-up rows)`, value: `${m.base.toFixed(0)} ms`, target: '' },
    { what: 'oplos --version vs node -e 0', value: `${x(m.version / m.base)} (${m.version.toFixed(0)} ms)`, target: '≤ 1.5×' },
    { what: 'oplos --help vs node -e 0', value: `${x(m.help / m.base)} (${m.help.toFixed(0)} ms)`, target: '≤ 1.5×' },
    {
      what: 'journal list -n 5, 10000: OPLOS_SETS of two sets vs without',
      value: `${x(m.listSets / m.list)} (${m.listSets.toFixed(0)} vs ${m.list.toFixed(0)} ms)`,
      target: '≤ 1.10×',
    },
    {
      what: `validate a ${(Buffer.byteLength(text) / 1000).toFixed(0)} KB set, 40,000 references in one text`,
      value: `${load.toFixed(0)} ms`,
      target: '< 1000 ms',
    },
  ];
};
