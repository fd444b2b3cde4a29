// Bundles the command line into dist/ (one entry plus lazily loaded chunks),
// so start-up reads a few files instead of hundreds of modules; then loads
// the bundled question sets once and stores them as dist/bundled-sets.json,
// so a run does not parse YAML or run the schema for them.
import { build } from 'esbuild';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// commander, yaml and others are CommonJS: give each bundle a require of its own.
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

await rm(join(root, 'dist'), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { oplos: join(root, 'src/cli/launch.ts') },
  outdir: join(root, 'dist'),
  splitting: true,
  packages: 'bundle',
  chunkNames: 'chunks/[name]-[hash]',
  define: { OPLOS_VERSION: JSON.stringify(version) },
  legalComments: 'none',
  // less text to read and pre-parse at every start; names are kept, so stack traces stay readable
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [trim],
});

// The root help, written once by the real program in each language, for the quick path of launch.ts.
const { execFileSync } = await import('node:child_process');
for (const lang of ['en', 'nl']) {
  const help = execFileSync(process.execPath, [join(root, 'bin', 'oplos.js'), '--help', '--lang', lang], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
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
