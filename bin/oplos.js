#!/usr/bin/env node
// Node 22.1+ keeps compiled code between runs (in its own cache folder); Node 20 has no such thing.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/oplos.js');
process.exitCode = await main(process.argv.slice(2));
