// Bundles the command line into dist/ as one ES module bundle with esbuild: dist/oplos.js (the entry,
// which answers --version and --help itself) and chunks that load when a command needs them (commander
// and the commands, the editor and passphrase prompts, YAML and the sets loader, the reports, lowdb).
// Then writes the root help in each language and loads the bundled question sets once, storing them as
// dist/bundled-sets.json, so a run does not parse YAML or run the schema for them.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// The require is for the CommonJS packages bundled into the ES modules (a CommonJS module calls require).
const banner = {
  js: "import { createRequire as __oplosCreateRequire } from 'node:module'; const require = __oplosCreateRequire(import.meta.url);",
};
const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', banner };

await rm(join(root, 'dist'), { recursive: true, force: true });
const bundle = await build({
  ...common,
  entryPoints: { oplos: join(root, 'src/cli/launch.ts') },
  outdir: join(root, 'dist'),
  splitting: true, // each import() of a command or a library becomes a chunk, loaded only by the runs that need it
  chunkNames: 'chunks/[name]-[hash]',
  define: { OPLOS_VERSION: JSON.stringify(version) },
  legalComments: 'none',
  // less text to read at every start; names are kept, so stack traces stay readable
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
});
if (process.env.OPLOS_META) await writeFile(process.env.OPLOS_META, JSON.stringify([bundle.metafile]));

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
      contents:
        "export { loadSets } from './src/sets/registry.ts'; export { writeCacheText, contentKey, setFileNames } from './src/sets/cache.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
  });
  const { loadSets, writeCacheText, contentKey, setFileNames } = await import(pathToFileURL(outfile).href);
  const dir = join(root, 'question-sets');
  const { sets, problems } = loadSets({ dirs: [{ dir, origin: 'bundled' }] });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const p of errors) console.error(`${p.file}:${p.line}:${p.col}: ${p.message}`);
    throw new Error('a bundled question set has errors');
  }
  // keyed by the files' content (names and bytes), so a packed install, whose files all carry one time, still matches
  const key = contentKey(dir, setFileNames(dir));
  await writeFile(join(root, 'dist', 'bundled-sets.json'), writeCacheText(key, [...sets.values()], problems, dir));
} finally {
  await rm(temp, { recursive: true, force: true });
}
