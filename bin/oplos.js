#!/usr/bin/env node
import { main } from '../dist/oplos.js';

process.exitCode = await main(process.argv.slice(2));
