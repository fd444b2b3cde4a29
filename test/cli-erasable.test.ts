/**
 * Issue 19, the journal side: every copy of a session is found (the
 * inventory), sealed, bound to its name, and deleted; bad input is refused
 * before anything is written. In-process, on real files in temp folders. For
 * the plain-text findings every file of the journal folder (and the OS temp
 * folder) is searched for a known answer and client label.
 */
import { createCipheriv, randomBytes, randomUUID, scryptSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { cliIn, FIXED_NOW } from './helpers/run-cli.js';
import { entry } from './helpers/journal-fixtures.js';
import { filesHolding, tempFilesHolding } from './helpers/temp-scan.js';

let sb: Sandbox;
let started = 0;
beforeEach(async () => {
  started = Date.now();
  sb = await sandbox();
});
afterEach(() => sb.cleanup());
const { run } = cliIn(() => sb);

/** a client label and an answer no other test writes */
const LABEL = `Kwartel-${randomUUID().slice(0, 8)}`;
const ANSWER = `ochtendrust-${randomUUID().slice(0, 8)}`;
const PASS = { OPLOS_PASSPHRASE: 'correct horse battery' };

/** Every file under `dir` whose bytes hold `needle`. */
const holders = (dir: string, needle: string): string[] => filesHolding(dir, [needle]);

const answersFile = (): string => {
  const file = path.join(sb.dir, 'answers.yaml');
  const base = readFileSync(path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml'), 'utf8');
  writeFileSync(file, base.replace(/^hopes: .*$/m, `hopes: ${ANSWER}`));
  return file;
};

/** A complete session with the known label and answer; its file. */
const oneSession = async (): Promise<{ id: string; file: string }> => {
  const r = await run(['start', '--client', LABEL, '--answers', answersFile()]);
  expect(r.code, r.stderr).toBe(0);
  const [file] = holders(path.join(sb.journal, 'sessions'), ANSWER);
  expect(file).toBeDefined();
  return { id: (JSON.parse(readFileSync(file!, 'utf8')) as { id: string }).id, file: file! };
};

const exportOf = (entries: unknown[]) =>
  JSON.stringify({ format: 'oplos-journal', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', entries });

describe('the inventory', () => {
  it('knows each kind of file that holds a session by its path inside the journal', async () => {
    const { classifyJournalPath } = await import('../src/journal/inventory.js');
    expect(classifyJournalPath('sessions/2026/2026-11-22T093000Z-0b7c1d2e.json')).toEqual({
      kind: 'session',
      name: '2026-11-22T093000Z-0b7c1d2e.json',
      idPart: '0b7c1d2e',
    });
    expect(classifyJournalPath('unfinished/2026-11-22T093000Z-0b7c1d2e.json')?.kind).toBe('draft');
    expect(classifyJournalPath('sessions/2026/2026-11-22T093000Z-0b7c1d2e.sync-conflict-20261201-100000-ABC.json')).toMatchObject({
      kind: 'session-copy',
      name: '2026-11-22T093000Z-0b7c1d2e.json',
    });
    expect(classifyJournalPath('unfinished/2026-11-22T093000Z-0b7c1d2e (conflicted copy 2026-12-01).json')?.kind).toBe('draft-copy');
    expect(classifyJournalPath('conflicts/2026-11-22T093000Z-0b7c1d2e (2).json')).toMatchObject({ kind: 'set-aside', idPart: '0b7c1d2e' });
    expect(classifyJournalPath('sessions/2026/.2026-11-22T093000Z-0b7c1d2e.json.a1b2c3d4e5f6.tmp')).toMatchObject({
      kind: 'temp',
      idPart: '0b7c1d2e',
    });
    expect(classifyJournalPath('sessions/2026/2026-11-22T093000Z-0b7c1d2e-4a5b.json')?.idPart).toBe('0b7c1d2e-4a5b');
    for (const other of [
      'oplos-journal.json',
      'journal.lock',
      'unfinished/2026-11-22T093000Z-0b7c1d2e.json.lock',
      '.gitignore',
      'sessions/2026',
      'notes/x.json',
    ])
      expect(classifyJournalPath(other)).toBeUndefined();
  });
});

describe('delete removes every copy (finding 5)', () => {
  it('the session file, its sync copies, the version set aside and a killed write: no file of the journal holds the answer or the label after', async () => {
    const { id, file } = await oneSession();
    const dir = path.dirname(file);
    const base = path.basename(file, '.json');
    copyFileSync(file, path.join(dir, `${base}.sync-conflict-20261201-100000-ABCDEFG.json`));
    mkdirSync(path.join(sb.journal, 'conflicts'), { recursive: true });
    copyFileSync(file, path.join(sb.journal, 'conflicts', `${base}.json`));
    copyFileSync(file, path.join(dir, `.${base}.json.a1b2c3d4e5f6.tmp`));
    const r = await run(['journal', 'delete', id, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Deleted 1/);
    expect(r.stdout).toMatch(/3 other copies/);
    expect(holders(sb.journal, ANSWER)).toEqual([]);
    expect(holders(sb.journal, LABEL)).toEqual([]);
    const inTemp = tempFilesHolding([ANSWER], started);
    expect(inTemp).toContain(path.join(sb.dir, 'answers.yaml')); // the search finds what is there (the sandbox is in the temp folder)
    expect(inTemp.filter((f) => f !== path.join(sb.dir, 'answers.yaml'))).toEqual([]);
  });

  it('check reports a temporary file left by a killed write and removes it', async () => {
    const { file } = await oneSession();
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.0123456789ab.tmp`);
    copyFileSync(file, temp);
    const r = await run(['journal', 'check']);
    expect(r.stdout).toContain(temp);
    expect(existsSync(temp)).toBe(false);
    expect(r.code).toBe(0);
  });

  it("delete --client refuses while that client's session runs in another process, naming it, and deletes nothing", async () => {
    const e = entry('run0001-aaaa', 0, { client: LABEL, status: 'unfinished' });
    const { finishedAt: _f, ...draft } = e;
    const name = '2026-11-22T090000Z-run0001-.json';
    mkdirSync(path.join(sb.journal, 'unfinished'), { recursive: true });
    writeFileSync(path.join(sb.journal, 'unfinished', name), JSON.stringify(draft));
    const lock = path.join(sb.journal, 'unfinished', `${name}.lock`);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), since: '2026-12-01T09:59:00.000Z', token: 'abc' }));
    // the lock's time as the in-process clock has it (a time to come would count as stale)
    utimesSync(lock, new Date(FIXED_NOW), new Date(FIXED_NOW));
    const r = await run(['journal', 'delete', '--client', LABEL, '--yes']);
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.stderr).toContain(String(process.pid));
    expect(existsSync(path.join(sb.journal, 'unfinished', name))).toBe(true);
  });
});

describe('check --fix killed half-way (finding 12)', () => {
  it('a copy whose original was set aside comes back under its own name: listed again, and --fix ends with exit 0', async () => {
    const { id, file } = await oneSession();
    const base = path.basename(file, '.json');
    mkdirSync(path.join(sb.journal, 'conflicts'), { recursive: true });
    const copy = path.join(path.dirname(file), `${base}.sync-conflict-20261201-100000-ABCDEFG.json`);
    copyFileSync(file, copy);
    // what a --fix killed between its two renames left: the original in conflicts/, the copy under its copy name
    renameSync(file, path.join(sb.journal, 'conflicts', `${base}.json`));
    expect(JSON.parse((await run(['journal', 'list', '--json'])).stdout)).toEqual([]);
    const fixed = await run(['journal', 'check', '--fix']);
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect((JSON.parse((await run(['journal', 'list', '--json'])).stdout) as { id: string }[]).map((e) => e.id)).toEqual([id]);
  });
});

describe('a file name never replaces another session (finding 2)', () => {
  const twins = [entry('abcdefgh-one', 0, { client: 'A.' }), entry('abcdefgh-two', 0, { client: 'B.' })];
  it('two sessions of one second whose ids share 8 characters are both imported and listed', async () => {
    writeFileSync(path.join(sb.dir, 'both.json'), exportOf(twins));
    const r = await run(['journal', 'import', path.join(sb.dir, 'both.json')]);
    expect(r.code, r.stderr).toBe(0);
    const listed = JSON.parse((await run(['journal', 'list', '--json'])).stdout) as { id: string }[];
    expect(listed.map((e) => e.id).sort()).toEqual(['abcdefgh-one', 'abcdefgh-two']);
  });

  it('imported one at a time, the second gets a longer name and the first stays', async () => {
    for (const [k, e] of twins.entries()) {
      writeFileSync(path.join(sb.dir, `${k}.json`), exportOf([e]));
      expect((await run(['journal', 'import', path.join(sb.dir, `${k}.json`)])).code).toBe(0);
    }
    const listed = JSON.parse((await run(['journal', 'list', '--json'])).stdout) as { id: string; client: string }[];
    expect(listed.map((e) => `${e.id} ${e.client}`).sort()).toEqual(['abcdefgh-one A.', 'abcdefgh-two B.']);
    expect((await run(['journal', 'show', 'abcdefgh-one', '--json'])).code).toBe(0);
    expect((await run(['journal', 'delete', 'abcdefgh-two', '--yes'])).code).toBe(0);
    expect((JSON.parse((await run(['journal', 'list', '--json'])).stdout) as { id: string }[]).map((e) => e.id)).toEqual(['abcdefgh-one']);
  });
});

describe('bad input refused before anything is written (findings 9, 10)', () => {
  it('a start year outside 1900–2999 is exit 2 naming the entry, and nothing is imported', async () => {
    for (const startedAt of ['+099999-01-01T00:00:00.000Z', '-000001-01-01T00:00:00.000Z', '1899-12-31T23:00:00.000Z']) {
      writeFileSync(path.join(sb.dir, 'far.json'), exportOf([entry('faryear1', 0, { startedAt })]));
      const r = await run(['journal', 'import', path.join(sb.dir, 'far.json')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('faryear1');
      expect(existsSync(path.join(sb.journal, 'sessions'))).toBe(false);
    }
  });

  it('start --at a year before 1900 is exit 2 before anything is asked, naming the time given', async () => {
    const r = await run(['start', '--at', '1850-01-01 10:00']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1850-01-01 10:00');
    expect(r.stderr).toContain('1900');
    expect(existsSync(sb.journal)).toBe(false);
  });

  it('a year folder that is a symlink is exit 3 naming it, for list and for a new session; nothing is written through it', async () => {
    await oneSession();
    const year = readdirSync(path.join(sb.journal, 'sessions'))[0]!;
    const elsewhere = path.join(sb.dir, 'elsewhere');
    renameSync(path.join(sb.journal, 'sessions', year), elsewhere);
    symlinkSync(elsewhere, path.join(sb.journal, 'sessions', year));
    const before = readdirSync(elsewhere).length;
    const list = await run(['journal', 'list']);
    expect(list.code).toBe(3);
    expect(list.stderr).toContain(path.join(sb.journal, 'sessions', year));
    const start = await run(['start', '--answers', answersFile()]);
    expect(start.code).toBe(3);
    expect(readdirSync(elsewhere).length).toBe(before);
  });
});

describe('--out as cli.md says (finding 11)', () => {
  beforeEach(async () => void (await oneSession()));

  it('writes into a FIFO as a shell redirect would, and the FIFO stays one', async () => {
    const fifo = path.join(sb.dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const got = readFile(fifo, 'utf8');
    const r = await run(['journal', 'export', '--format', 'md', '--out', fifo]);
    expect(r.code, r.stderr).toBe(0);
    expect(await got).toContain(ANSWER);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes into a character device and never replaces it', async () => {
    // as root, a device node of the sandbox's own (a regression must not replace the machine's /dev/null); else /dev/null, which a user cannot replace
    let device = '/dev/null';
    if (process.getuid?.() === 0) {
      device = path.join(sb.dir, 'null');
      execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
    }
    const r = await run(['journal', 'export', '--format', 'md', '--out', device]);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it('follows a symlink to a regular file: the target is replaced, the link stays', async () => {
    const target = path.join(sb.dir, 'target.md');
    writeFileSync(target, 'old');
    const link = path.join(sb.dir, 'link.md');
    symlinkSync(target, link);
    expect((await run(['journal', 'export', '--format', 'md', '--out', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain(ANSWER);
  });

  it('refuses a name starting with `..` inside the journal folder', async () => {
    const r = await run(['journal', 'export', '--format', 'md', '--out', path.join(sb.journal, '..x.md')]);
    expect(r.code).toBe(2);
    expect(existsSync(path.join(sb.journal, '..x.md'))).toBe(false);
  });
});

/** The journal's key, as oplos derives it from the record (for writing files the way an older oplos did). */
const keyOf = (journal: string): Buffer => {
  const rec = JSON.parse(readFileSync(path.join(journal, 'oplos-journal.json'), 'utf8')) as {
    encryption: { salt: string; kdf: { N: number; r: number; p: number } };
  };
  const { N, r, p } = rec.encryption.kdf;
  return scryptSync(PASS.OPLOS_PASSPHRASE.normalize('NFC'), Buffer.from(rec.encryption.salt, 'base64'), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r * p + 2 ** 20,
  });
};
/** A session sealed as oplos sealed before issue 19 (format 1: the same associated data for every file). */
const sealV1 = (key: Buffer, plain: string): string => {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from('oplos-sealed:1'));
  const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return JSON.stringify({
    'oplos-sealed': 1,
    iv: iv.toString('base64'),
    tag: c.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  });
};

describe('encryption means no plain copy (findings 3, 6)', () => {
  it('encrypt seals what check --fix set aside in conflicts/ too', async () => {
    const { file } = await oneSession();
    mkdirSync(path.join(sb.journal, 'conflicts'), { recursive: true });
    copyFileSync(file, path.join(sb.journal, 'conflicts', path.basename(file)));
    const r = await run(['journal', 'encrypt'], PASS);
    expect(r.code, r.stderr).toBe(0);
    expect(holders(sb.journal, ANSWER)).toEqual([]);
    expect(holders(sb.journal, LABEL)).toEqual([]);
  });

  it('a plain file brought in after encryption: list warns, check reports it (exit 3), encrypt does not say "already encrypted" and seals it', async () => {
    await oneSession();
    expect((await run(['journal', 'encrypt'], PASS)).code).toBe(0);
    // a plain draft of another session, as a sync folder brings one from a machine where the journal was not encrypted yet
    const { finishedAt: _f, ...draft } = entry('plain001-x', 0, { client: LABEL, status: 'unfinished' });
    const copy = path.join(sb.journal, 'unfinished', '2026-11-22T090000Z-plain001.json');
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(copy, JSON.stringify(draft));
    const list = await run(['journal', 'list'], PASS);
    expect(list.stderr).toContain(copy);
    const check = await run(['journal', 'check'], PASS);
    expect(check.code).toBe(3);
    expect(check.stdout).toContain(copy);
    const again = await run(['journal', 'encrypt'], PASS);
    expect(again.code).toBe(0);
    expect(again.stderr + again.stdout).not.toMatch(/already encrypted/);
    expect(holders(sb.journal, ANSWER)).toEqual([]);
    expect(holders(sb.journal, LABEL)).toEqual([]);
    expect((await run(['journal', 'check'], PASS)).code).toBe(0);
  });

  it('check --fix seals a plain file in an encrypted journal', async () => {
    const { file } = await oneSession();
    const plain = readFileSync(file);
    expect((await run(['journal', 'encrypt'], PASS)).code).toBe(0);
    writeFileSync(file, plain);
    expect((await run(['journal', 'check', '--fix'], PASS)).code).toBe(0);
    expect(holders(sb.journal, ANSWER)).toEqual([]);
    expect((await run(['journal', 'show', path.basename(file).slice(19, 27)], PASS)).stdout).toContain(ANSWER);
  });

  it('the automatic migration of an encrypted layout-1 file next to a plain folder leaves no plain file', async () => {
    const env: Record<string, string | undefined> = { ...sb.env, ...PASS, OPLOS_JOURNAL: undefined };
    const data = path.join(sb.dir, 'share', 'oplos');
    // a plain session already in the folder at the default place
    const first = await run(['start', '--client', LABEL, '--answers', answersFile()], { OPLOS_JOURNAL: undefined });
    expect(first.code, first.stderr).toBe(0);
    // an encrypted layout-1 journal beside it
    const kdf = { name: 'scrypt', N: 1024, r: 8, p: 1 };
    const salt = randomBytes(16);
    const key = scryptSync(PASS.OPLOS_PASSPHRASE, salt, 32, { N: 1024, r: 8, p: 1 });
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, iv);
    c.setAAD(Buffer.from('oplos-encrypted:1'));
    const data1 = Buffer.concat([c.update(JSON.stringify({ version: 1, entries: [entry('layout1a', 1, { client: 'Old' })] })), c.final()]);
    writeFileSync(
      path.join(data, 'journal.json'),
      JSON.stringify({
        'oplos-encrypted': 1,
        kdf,
        salt: salt.toString('base64'),
        iv: iv.toString('base64'),
        tag: c.getAuthTag().toString('base64'),
        data: data1.toString('base64'),
      }),
    );
    const list = await run(['journal', 'list', '--json'], env);
    expect(list.code, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(2);
    expect(holders(path.join(data, 'journal'), ANSWER)).toEqual([]);
    expect(holders(path.join(data, 'journal'), LABEL)).toEqual([]);
    expect((await run(['journal', 'check'], env)).code).toBe(0);
  });
});

describe('sealed files are bound to their session (finding 7)', () => {
  it("a sealed file copied under another session's name is damaged: check says so, list shows each session once", async () => {
    const a = await oneSession();
    const b = await run(['start', '--client', 'Other', '--answers', answersFile()]);
    expect(b.code).toBe(0);
    expect((await run(['journal', 'encrypt'], PASS)).code).toBe(0);
    const year = path.dirname(a.file);
    const other = readdirSync(year).find((n) => path.join(year, n) !== a.file)!;
    copyFileSync(a.file, path.join(year, other));
    const check = await run(['journal', 'check'], PASS);
    expect(check.code).toBe(3);
    expect(check.stdout).toContain(path.join(year, other));
    const listed = JSON.parse((await run(['journal', 'list', '--json'], PASS)).stdout) as { id: string }[];
    expect(listed.map((e) => e.id)).toEqual([a.id]);
  });

  it('a file sealed the old way still reads, and check --fix seals it anew, bound', async () => {
    const { id, file } = await oneSession();
    const plain = readFileSync(file, 'utf8');
    expect((await run(['journal', 'encrypt'], PASS)).code).toBe(0);
    writeFileSync(file, sealV1(keyOf(sb.journal), plain));
    expect((await run(['journal', 'show', id], PASS)).stdout).toContain(ANSWER);
    const fix = await run(['journal', 'check', '--fix'], PASS);
    expect(fix.code, fix.stdout).toBe(0);
    expect(fix.stdout).toContain(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))['oplos-sealed']).toBe(2);
    expect((await run(['journal', 'show', id], PASS)).stdout).toContain(ANSWER);
  });
});

describe('the low ones', () => {
  it('a FIFO as oplos-journal.json is exit 3 naming it, not an internal error', async () => {
    mkdirSync(sb.journal, { recursive: true });
    execFileSync('mkfifo', [path.join(sb.journal, 'oplos-journal.json')]);
    const r = await run(['journal', 'list']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(path.join(sb.journal, 'oplos-journal.json'));
  });

  it('--answers /dev/zero is refused at the size limit, not read whole', async () => {
    const r = await run(['start', '--answers', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/1 MiB/);
  });
});

describe('progress --format csv at a terminal (low)', () => {
  it("shows a client label's escape sequence made visible, never raw", async () => {
    const { Writable, Readable } = await import('node:stream');
    const { main } = await import('../src/cli/main.js');
    const label = 'Evil\u001b]0;pwned\u0007';
    writeFileSync(path.join(sb.dir, 'esc.json'), exportOf([entry('esc00001-x', 0, { client: label })]));
    expect((await run(['journal', 'import', path.join(sb.dir, 'esc.json')])).code).toBe(0);
    let text = '';
    const stdout = Object.assign(
      new Writable({
        write(chunk: Buffer | string, _e, done) {
          text += String(chunk);
          done();
        },
      }),
      { isTTY: true, columns: 100 },
    );
    const stderr = new Writable({ write: (_c, _e, done) => done() });
    const code = await main(['progress', '--format', 'csv', '--client', label], {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      stdin: Readable.from([]) as unknown as NodeJS.ReadStream,
      env: { ...sb.env, NO_COLOR: '1' },
      clock: { now: () => new Date(FIXED_NOW) },
    });
    expect(code).toBe(0);
    expect(text).toContain('Evil');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
  });
});

describe('temporary files of killed writes go with the next write (finding 5)', () => {
  it('completing a session removes a leftover temporary file of its year folder', async () => {
    const { file } = await oneSession();
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.0123456789ab.tmp`);
    copyFileSync(file, temp);
    expect((await run(['start', '--answers', answersFile()])).code).toBe(0);
    expect(existsSync(temp)).toBe(false);
  });
});
