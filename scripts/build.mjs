// Bundles the command line into dist/ (an entry, the core, lazily loaded leaves),
// so start-up reads a few files instead of hundreds of modules; then loads
// the bundled question sets once and stores them as dist/bundled-sets.json,
// so a run does not parse YAML or run the schema for them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// The ES module builds (the entry, and the sets loader run at build time below); the require is for
// the CommonJS packages bundled into them.
const banner = { js: "import { createRequire as __oplosCreateRequire } from 'node:module'; const require = __oplosCreateRequire(import.meta.url);" };
const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', banner };

// Two imports that cost start-up time for nothing (each loads node:tty or
// node:child_process, which load node:net and more):
// - chalk's colour detection (#supports-color): oplos decides colour itself
//   (src/cli/theme.ts) and gives chalk the level, so the detection is unused;
// - commander's child_process, only for executable subcommands, which oplos
//   has none of: it is now loaded when spawn is first called, if ever.
const shims = {
  'supports-color': 'export default { stdout: false, stderr: false }; export const createSupportsColor = () => false;',
  'child-process': "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
};
const trim = {
  name: 'oplos-trim',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (a) =>
      /[\\/]chalk[\\/]/.test(a.importer) ? { path: 'supports-color', namespace: 'oplos-shim' } : undefined,
    );
    b.onResolve({ filter: /^node:child_process$/ }, (a) =>
      /[\\/]commander[\\/]/.test(a.importer) ? { path: 'child-process', namespace: 'oplos-shim' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'oplos-shim' }, (a) => ({ contents: shims[a.path], loader: 'js' }));
  },
};

// The layout of dist/, made for start-up time (docs/performance.md):
// - oplos.js: the entry (ES module). Answers --version and --help itself,
//   else runs core.cjs with V8's code cache (src/cli/launch.ts, code-cache.ts).
// - core.cjs: the whole command line in one CommonJS file: commander, every
//   command, the journal, the engine, the prompts used in sessions. One
//   script, so that V8 can keep its compiled code between runs: Node 20 has
//   no such cache for ES modules, and compiling is most of a start.
// - lib/*.cjs: what only some runs need, bundled on its own and required
//   when first used. A leaf may not hold a copy of src/errors.ts (the edge
//   must recognise what it throws): the build checks that.
const leaves = {
  'src/cli/editor-prompt.ts': 'editor-prompt', // /e: runs the editor (node:child_process)
  'src/cli/password-prompt.ts': 'password-prompt', // only for an encrypted journal
  'src/cli/yaml-parse.ts': 'yaml-parse', // only for answers files
  'src/sets/registry.ts': 'sets-registry', // YAML and the schema: only for your own sets
  'src/report/index.ts': 'report', // charts and exports
  lowdb: 'lowdb', // the full read of the journal (the fast reads do without)
  'proper-lockfile': 'proper-lockfile', // writes only
};
const leafOf = (a) => {
  if (a.kind !== 'dynamic-import') return undefined;
  if (leaves[a.path]) return leaves[a.path];
  if (!a.path.startsWith('.')) return undefined;
  const file = join(a.resolveDir, a.path).replace(/\.js$/, '.ts').slice(root.length).replace(/\\/g, '/');
  return leaves[file];
};
const toLeaves = {
  name: 'oplos-leaves',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (a) => {
      const leaf = leafOf(a);
      return leaf ? { path: `./lib/${leaf}.cjs`, external: true } : undefined;
    });
  },
};
const cjs = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  format: 'cjs',
  packages: 'bundle',
  define: { OPLOS_VERSION: JSON.stringify(version), 'import.meta.url': '__oplosModuleUrl' },
  banner: { js: "var __oplosModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // import() of a leaf becomes a require: core.cjs runs as a script, where import() would need a loader
  supported: { 'dynamic-import': false },
  legalComments: 'none',
  // less text to read at every start; names are kept, so stack traces stay readable
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
};

await rm(join(root, 'dist'), { recursive: true, force: true });
const builds = await Promise.all([
  build({ ...cjs, entryPoints: { core: join(root, 'src/cli/main.ts') }, outdir: join(root, 'dist'), outExtension: { '.js': '.cjs' }, plugins: [trim, toLeaves] }),
  build({
    ...cjs,
    entryPoints: Object.fromEntries(Object.entries(leaves).map(([from, name]) => [name, from.startsWith('src/') ? join(root, from) : from])),
    outdir: join(root, 'dist', 'lib'),
    outExtension: { '.js': '.cjs' },
    plugins: [trim],
  }),
]);
for (const [out, o] of Object.entries(builds[1].metafile.outputs))
  if (Object.keys(o.inputs).some((i) => i.endsWith('src/errors.ts'))) throw new Error(`${out} holds its own copy of src/errors.ts`);
// The entry names the core it was built with, so a code cache is never used for another core.
const coreHash = createHash('sha256').update(await readFile(join(root, 'dist', 'core.cjs'))).digest('hex').slice(0, 16);
builds.push(
  await build({
    ...common,
    entryPoints: { oplos: join(root, 'src/cli/launch.ts') },
    banner: {}, // no require needed here: --version should import nothing it does not use
    outdir: join(root, 'dist'),
    define: { OPLOS_VERSION: JSON.stringify(version), OPLOS_CORE_HASH: JSON.stringify(coreHash) },
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    plugins: [
      trim,
      {
        // oplos.js loads core.cjs (code-cache.ts), never main.js
        name: 'oplos-entry',
        setup: (b) => b.onResolve({ filter: /^\.\/main\.js$/ }, () => ({ path: './main.js', external: true })),
      },
    ],
  }),
);
if (process.env.OPLOS_META) await writeFile(process.env.OPLOS_META, JSON.stringify(builds.map((b) => b.metafile)));

// The root help, written once by the real program in each language, for the quick path of launch.ts.
const { execFileSync } = await import('node:child_process');
for (const lang of ['en', 'nl']) {
  const help = execFileSync(process.execPath, [join(root, 'bin', 'oplos.js'), '--help', '--lang', lang], {
    // no code cache: the build writes nothing into the cache folder of whoever runs it
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', OPLOS_CODE_CACHE: '0' },
    encoding: 'utf8',
  });
  await writeFile(join(root, 'dist', `help-${lang}.txt`), help);
}

// The bundled sets, checked by the real loader. A broken bundled set fails the build.
const temp = await mkdtemp(join(tmpdir(), 'oplos-build-'));
try {
  const outfile = join(temp, 'sets.mjs');
  await build({
    ...common,
    stdin: {
      contents: "export { loadSets } from './src/sets/registry.ts'; export { writeCacheText } from './src/sets/cache.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
  });
  const { loadSets, writeCacheText } = await import(pathToFileURL(outfile).href);
  const dir = join(root, 'question-sets');
  const { sets, problems } = loadSets({ dirs: [{ dir, origin: 'bundled' }] });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const p of errors) console.error(`${p.file}:${p.line}:${p.col}: ${p.message}`);
    throw new Error('a bundled question set has errors');
  }
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n));
  await writeFile(join(root, 'dist', 'bundled-sets.json'), writeCacheText(dir, names, [...sets.values()], problems));
} finally {
  await rm(temp, { recursive: true, force: true });
}
