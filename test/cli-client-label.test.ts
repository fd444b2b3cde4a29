/** A client label that reads like a full name gets a one-line warning; pseudonyms pass quietly. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { looksLikeFullName } from '../src/cli/session/client-label.js';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

describe('looksLikeFullName', () => {
  it.each(['Jan de Vries', 'Anne-Marie van den Berg', 'Fatima El Amrani', 'Peter Jansen', "Sinéad O'Brien"])('warns for %s', (label) => {
    expect(looksLikeFullName(label)).toBe(true);
  });
  it.each(['P.', 'Z-3', 'client 12', 'C-12', 'Jan', 'mother of P.', 'J. de V.', 'team Noord 3', 'de Vries', 'MB', 'jan de vries'])(
    'takes %s as a pseudonym',
    (label) => {
      expect(looksLikeFullName(label)).toBe(false);
    },
  );
});

describe('the warning', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await sandbox();
  });
  afterEach(() => sb.cleanup());
  const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');

  it('is one line on stderr, in English and Dutch, and the session is kept', async () => {
    const en = await oplosIn(['start', '--client', 'Jan de Vries', '--answers', ANSWERS, '--lang', 'en'], sb.env);
    expect(en.code).toBe(0);
    const warning = en.stderr.split('\n').filter((l) => l.includes('Jan de Vries'));
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatch(/looks like a full name/);
    const nl = await oplosIn(['start', '--client', 'Jan de Vries', '--answers', ANSWERS, '--lang', 'nl'], sb.env);
    expect(nl.stderr).toMatch(/lijkt op een volledige naam/);
  });

  it('says nothing for a pseudonym', async () => {
    const r = await oplosIn(['start', '--client', 'Z-3', '--answers', ANSWERS, '--lang', 'en'], sb.env);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/full name/);
  });
});
