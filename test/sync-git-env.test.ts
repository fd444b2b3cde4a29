/**
 * Found rechecking issue 19: git (and the ssh, credential helper or hooks it
 * starts) ran with the whole environment, OPLOS_PASSPHRASE included. Nothing
 * git starts needs the journal's passphrase; it is left out, as is the case
 * for an $EDITOR opened for an answer.
 */
import { describe, expect, it } from 'vitest';
import { gitEnv } from '../src/sync/git.js';
import { editorEnv } from '../src/cli/prompts/editor-prompt.js';

describe('the passphrase stays in oplos', () => {
  it('git runs without OPLOS_PASSPHRASE, with the rest of the environment', () => {
    const env = gitEnv('/j', { OPLOS_PASSPHRASE: 'correct horse', HOME: '/home/x', PATH: '/bin' });
    expect(env['OPLOS_PASSPHRASE']).toBeUndefined();
    expect(env['HOME']).toBe('/home/x');
  });

  it('an editor opened for an answer runs without it too', () => {
    const env = editorEnv({ OPLOS_PASSPHRASE: 'correct horse', HOME: '/home/x' });
    expect(env['OPLOS_PASSPHRASE']).toBeUndefined();
    expect(env['HOME']).toBe('/home/x');
  });
});
