/** How a person started oplos, for the commands its messages name (issue 22 point 14): src/cli/invoked-as.ts. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invokedAs } from '../src/cli/invoked-as.js';
import { commandLine } from '../src/cli/invocation.js';

let dir: string;
let script: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'oplos-invoked-'));
  mkdirSync(path.join(dir, 'clone', 'bin'), { recursive: true });
  script = path.join(dir, 'clone', 'bin', 'oplos.js');
  writeFileSync(script, '', { mode: 0o755 });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the command as this person runs oplos', () => {
  it('after a clone and npm install (no oplos on PATH): node bin/oplos.js from the clone, the full path elsewhere', () => {
    expect(invokedAs(script, { PATH: '' }, path.join(dir, 'clone'))).toBe('node bin/oplos.js');
    expect(invokedAs(script, { PATH: '' }, path.join(dir, 'elsewhere'))).toBe(`node ${script}`);
  });

  it('oplos when the oplos on PATH is this program (npm install -g links it)', () => {
    mkdirSync(path.join(dir, 'path'));
    symlinkSync(script, path.join(dir, 'path', 'oplos'));
    expect(invokedAs(script, { PATH: path.join(dir, 'path') }, dir)).toBe('oplos');
  });

  it('not oplos when the oplos on PATH is another program', () => {
    mkdirSync(path.join(dir, 'path'));
    writeFileSync(path.join(dir, 'path', 'oplos'), '#!/bin/sh\n', { mode: 0o755 });
    expect(invokedAs(script, { PATH: path.join(dir, 'path') }, path.join(dir, 'clone'))).toBe('node bin/oplos.js');
  });

  it('the resume hint uses it; npm start and npx still win', () => {
    expect(commandLine({ OPLOS_INVOKED_AS: 'node bin/oplos.js' }, ['resume', 'dcb9fb8b'])).toBe('node bin/oplos.js resume dcb9fb8b');
    expect(commandLine({ OPLOS_INVOKED_AS: 'node bin/oplos.js', npm_lifecycle_event: 'start' }, ['resume', 'x'])).toBe(
      'npm start -- resume x',
    );
  });
});
