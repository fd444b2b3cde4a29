// Bundles the command line into dist/ (one entry plus lazily loaded chunks),
// so start-up reads a few files instead of hundreds of modules.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { oplos: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  external: ['node-pty'],
  chunkNames: 'chunks/[name]-[hash]',
  // commander and others are CommonJS: give the bundle a require of its own.
  banner: { js: "import { createRequire as __oplosCreateRequire } from 'node:module'; const require = __oplosCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
