/**
 * Issue 20, finding 11 (found again in a real terminal at 60 columns): `journal
 * show` at a terminal wraps each question and answer at spaces to its columns,
 * where the terminal would break them inside a word ("Wat is e / r dan anders");
 * a file gets the lines whole.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import path from 'node:path';
import { ROOT, sandbox, type Sandbox, storedSessions } from './helpers/cli.js';
import { clockAt, oplosIn } from './helpers/run-cli.js';
import { main } from '../src/cli/main.js';
import { displayWidth } from '../src/text/width.js';

const SETS = path.join(ROOT, 'test', 'fixtures', 'sets-people');
const LONG = 'Rust in huis, zonder ruzie over de afwas en de telefoon, en samen eten op zondag';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

/** `oplos ARGV` with stdout a terminal of `columns`. */
const atTerminal = async (argv: string[], columns: number) => {
  let text = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _e, done) {
        text += String(chunk);
        done();
      },
    }),
    { isTTY: true, columns },
  );
  const stderr = new Writable({ write: (_c, _e, done) => done() });
  const code = await main(argv, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: Readable.from([]) as unknown as NodeJS.ReadStream,
    env: { ...sb.env, NO_COLOR: '1' },
    clock: { now: clockAt() },
  });
  return { code, text };
};

it('journal show at a terminal of 60 columns wraps questions and answers at spaces', async () => {
  const file = path.join(sb.dir, 'a.yaml');
  await writeFile(
    file,
    `hope: {Paul: "${LONG}", moeder: "Praten"}\nsigns: {Paul: [fietsen], moeder: [koffie]}\nnow: {Paul: 3.5, moeder: 6}\nenough: {Paul: 7, moeder: 8}\nstance: {Paul: look, moeder: work}\n`,
  );
  const r = await oplosIn(
    ['start', 'people', '--sets', SETS, '--lang', 'nl', '--client', 'P.', '--with', 'Paul,moeder', '--answers', file],
    sb.env,
  );
  expect(r.code, r.stderr).toBe(0);
  const [entry] = storedSessions<{ id: string }>(sb.journal);
  const shown = await atTerminal(['journal', 'show', entry!.id.slice(0, 8), '--sets', SETS, '--lang', 'nl'], 60);
  expect(shown.code).toBe(0);
  const lines = shown.text.split('\n');
  expect(lines.filter((l) => displayWidth(l) > 60)).toEqual([]);
  expect(shown.text).toContain('  Rust in huis, zonder ruzie over de afwas en de telefoon,\n  en samen eten op zondag\n');
  expect(shown.text).toContain('Paul: Wat hoop je dat dit gesprek oplevert?  ★ kernpunt\n');
  // into a file: whole lines
  const toFile = await oplosIn(['journal', 'show', entry!.id.slice(0, 8), '--sets', SETS], { ...sb.env, COLUMNS: '60' });
  expect(toFile.stdout).toContain(`  ${LONG}\n`);
});

it("prepare at a terminal of 60 columns wraps at spaces, a question's later lines under its text; one value has no trailing mark", async () => {
  const file = path.join(sb.dir, 'a.yaml');
  await writeFile(
    file,
    `hope: {Paul: "${LONG}", moeder: "Praten"}\nsigns: {Paul: [fietsen], moeder: [koffie]}\nnow: {Paul: 3.5, moeder: 6}\nenough: {Paul: 7, moeder: 8}\nstance: {Paul: look, moeder: work}\n`,
  );
  const r = await oplosIn(
    ['start', 'people', '--sets', SETS, '--lang', 'nl', '--client', 'P.', '--with', 'Paul,moeder', '--answers', file],
    sb.env,
  );
  expect(r.code, r.stderr).toBe(0);
  const shown = await atTerminal(['prepare', 'people', '--client', 'P.', '--sets', SETS], 60);
  expect(shown.code).toBe(0);
  expect(shown.text.split('\n').filter((l) => displayWidth(l) > 60)).toEqual([]);
  expect(shown.text).toContain('      Rust in huis, zonder ruzie over de afwas en de\n      telefoon, en samen eten op zondag\n');
  // "Paul: Waar sta je nu?  3,5 ·": the lone mark of a single value is gone
  expect(shown.text).toMatch(/Paul: Waar sta je nu\? {2}3,5 {2}\(goed genoeg: 7\)\n/);
  expect(shown.text).not.toMatch(/3,5 ·( {2}\(|\n)/);
});

it('sets show at a terminal of 60 columns wraps the summary, purposes and questions at spaces', async () => {
  const shown = await atTerminal(['sets', 'show', 'reflection', '--lang', 'nl'], 60);
  expect(shown.code).toBe(0);
  expect(shown.text.split('\n').filter((l) => displayWidth(l) > 60)).toEqual([]);
  // "dagelijk / s of wekelijks" was broken by the terminal
  expect(shown.text).toMatch(/(^|\n)Een korte oplossingsgerichte reflectie voor jezelf,\n/);
  expect(shown.text).toMatch(/\n {7}Je vorige reflectie was \{\{last\.date\}\}\. Wat is er\n {7}sindsdien goed gegaan\?\n/);
});
