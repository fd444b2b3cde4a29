/**
 * Issue 19, the git side (in-process, real git, two journals and a bare
 * repository in a temp folder): an encrypted journal's plain history never
 * reaches the remote or the other machine (finding 1), a remote that already
 * holds plain text is refused, `.git` is private whatever the folder's mode
 * (finding 8), and `journal git init` refuses a folder that is no journal.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { oplosIn } from '../helpers/run-cli.js';
import { gitIn, machines, type Machines } from '../helpers/sync-fixtures.js';
import { tempFilesHolding } from '../helpers/temp-scan.js';

let m: Machines;
let started = 0;
let answers: string;
const SECRET = `a quiet garden ${randomBytes(6).toString('hex')}`;
const LABEL = `client-${randomBytes(4).toString('hex')}`;
const PASS = { OPLOS_PASSPHRASE: 'correct horse battery staple' };

beforeEach(async () => {
  started = Date.now();
  m = await machines();
  // two fresh journal folders: oplos makes them (the fixture's are git repositories already)
  for (const f of [m.a, m.b]) await rm(f, { recursive: true, force: true });
  const fixture = await readFile(path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml'), 'utf8');
  answers = path.join(m.dir, 'answers.yaml');
  await writeFile(answers, fixture.replace(/^hopes: .*$/m, `hopes: ${SECRET}`));
});
afterEach(async () => m.cleanup());

const run = (folder: string, args: readonly string[], extra: Record<string, string> = {}) =>
  oplosIn(args, {
    ...m.env,
    TZ: 'UTC',
    OPLOS_JOURNAL: folder,
    XDG_CONFIG_HOME: path.join(m.dir, 'config'),
    XDG_CACHE_HOME: path.join(m.dir, 'cache'),
    ...extra,
  });
const ok = async (folder: string, args: readonly string[], extra: Record<string, string> = {}) => {
  const r = await run(folder, args, extra);
  if (r.code !== 0) throw new Error(`oplos ${args.join(' ')}: exit ${r.code}: ${r.stderr}`);
  return r;
};

/** Every file under `dir` (any depth) whose bytes hold a needle; a folder or file that vanishes or cannot be read meanwhile (other tests' temp files) is passed over, very large files too. */
const filesHolding = async (dir: string, needles: readonly string[]): Promise<string[]> => {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const d of entries) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) found.push(...(await filesHolding(p, needles)));
    if (!d.isFile() || ((await stat(p).catch(() => undefined))?.size ?? 0) > 8_000_000) continue;
    const bytes = await readFile(p).catch(() => undefined);
    if (bytes && needles.some((n) => bytes.includes(n))) found.push(p);
  }
  return found;
};

/** Every object git holds in a repository, as text. */
const allObjects = (repo: string) =>
  execFileSync('git', ['cat-file', '--batch-all-objects', '--batch'], { cwd: repo, env: m.env, maxBuffer: 64e6 }).toString('latin1');

describe('an encrypted journal never sends plain text through git (issue 19)', { timeout: 120_000 }, () => {
  it('finding 1: git init, encrypt, remote add, sync: no answer or label in any file, any git object of either machine or the remote, or the temp folder', async () => {
    await ok(m.a, ['start', '--answers', answers, '--client', LABEL]);
    await ok(m.a, ['journal', 'git', 'init']);
    await ok(m.a, ['journal', 'encrypt'], PASS);
    await ok(m.a, ['journal', 'git', 'remote', 'add', 'origin', m.remote]);
    const a = await ok(m.a, ['journal', 'sync'], PASS);
    expect(a.stdout).toBe('0 sessions came in, 1 went out\n');
    await ok(m.b, ['journal', 'git', 'init']);
    await ok(m.b, ['journal', 'git', 'remote', 'add', 'origin', m.remote]);
    const b = await ok(m.b, ['journal', 'sync'], PASS);
    expect(b.stdout).toContain('1 session came in');
    const listed = await ok(m.b, ['journal', 'list'], PASS);
    expect(listed.stdout).toContain(LABEL);
    expect(await filesHolding(m.dir, [SECRET])).toEqual([answers]); // the search finds what is there
    await rm(answers);
    for (const repo of [m.a, m.b, m.remote]) {
      const objects = allObjects(repo);
      expect(objects).toContain('oplos-sealed');
      expect(objects).not.toContain(SECRET);
      expect(objects).not.toContain(LABEL);
    }
    expect(await filesHolding(m.dir, [SECRET, LABEL])).toEqual([]);
    expect(tempFilesHolding([SECRET, LABEL], started)).toEqual([]);
    // both machines on one history, nothing left over
    await ok(m.a, ['journal', 'sync'], PASS);
    expect(gitIn(m.a, ['rev-parse', 'HEAD'], m.env)).toBe(gitIn(m.b, ['rev-parse', 'HEAD'], m.env));
    for (const f of [m.a, m.b]) expect(gitIn(f, ['status', '--porcelain'], m.env)).toBe('');
  });

  it('journal encrypt in a journal under git that never synced leaves no plain text in its .git', async () => {
    await ok(m.a, ['start', '--answers', answers, '--client', LABEL]);
    await ok(m.a, ['journal', 'git', 'init']);
    await ok(m.a, ['start', '--answers', answers]);
    expect(allObjects(m.a)).toContain(SECRET);
    await ok(m.a, ['journal', 'encrypt'], PASS);
    const objects = allObjects(m.a);
    expect(objects).not.toContain(SECRET);
    expect(objects).not.toContain(LABEL);
    expect(gitIn(m.a, ['status', '--porcelain'], m.env)).toBe('');
    expect(gitIn(m.a, ['ls-files'], m.env).trim().split('\n')).toHaveLength(4); // .gitignore, the record, two sealed sessions
    const listed = await ok(m.a, ['journal', 'list'], PASS);
    expect(listed.stdout).toContain(LABEL);
  });

  it('a remote whose history already holds plain text: sync refuses (exit 3) with the way out, and sends nothing', async () => {
    await ok(m.a, ['start', '--answers', answers, '--client', LABEL]);
    await ok(m.a, ['journal', 'git', 'init']);
    await ok(m.a, ['journal', 'git', 'remote', 'add', 'origin', m.remote]);
    const plain = await ok(m.a, ['journal', 'sync']);
    expect(plain.stderr).toContain('leave this machine as plain text');
    await ok(m.a, ['journal', 'encrypt'], PASS);
    const before = gitIn(m.remote, ['rev-parse', 'main'], m.env);
    const r = await run(m.a, ['journal', 'sync'], PASS);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^oplos: The journal is encrypted, but the remote's history holds plain session text from before\. .*Starting a remote afresh/,
    );
    expect(gitIn(m.remote, ['rev-parse', 'main'], m.env)).toBe(before);
    const nl = await run(m.a, ['journal', 'sync', '--lang', 'nl'], PASS);
    expect([nl.code, nl.stderr]).toEqual([
      3,
      expect.stringMatching(/^oplos: Het logboek is versleuteld, maar de geschiedenis op de remote/),
    ]);
    // the way out of docs/sync.md: a new history and a new remote
    await rm(path.join(m.a, '.git'), { recursive: true });
    const fresh = path.join(m.dir, 'fresh.git');
    gitIn(m.dir, ['init', '-q', '--bare', fresh], m.env);
    await ok(m.a, ['journal', 'git', 'init']);
    await ok(m.a, ['journal', 'git', 'remote', 'add', 'origin', fresh]);
    await ok(m.a, ['journal', 'sync'], PASS);
    for (const repo of [m.a, fresh]) expect(allObjects(repo)).not.toContain(SECRET);
  });
});

describe('starting a remote afresh after encrypting a journal that two machines synced plain (docs/sync.md)', { timeout: 120_000 }, () => {
  it('the steps of the docs bring both machines onto a new remote that holds no plain text', async () => {
    const other = path.join(m.dir, 'other-answers.yaml');
    const OTHER = `only on b ${randomBytes(4).toString('hex')}`;
    await writeFile(other, (await readFile(answers, 'utf8')).replace(SECRET, OTHER));
    for (const f of [m.a, m.b]) {
      await ok(f, ['journal', 'git', 'init']);
      await ok(f, ['journal', 'git', 'remote', 'add', 'origin', m.remote]);
    }
    await ok(m.a, ['start', '--answers', answers, '--client', LABEL]);
    await ok(m.a, ['journal', 'sync']);
    await ok(m.b, ['journal', 'sync']);
    await ok(m.b, ['start', '--answers', other]);
    // step 1: every machine synced; a is encrypted (its sync of the old remote is refused, as it should be)
    await ok(m.b, ['journal', 'sync']);
    await ok(m.a, ['journal', 'sync']);
    await ok(m.a, ['journal', 'encrypt'], PASS);
    expect((await run(m.a, ['journal', 'sync'], PASS)).code).toBe(3);
    // steps 2 and 3 on a
    const fresh = path.join(m.dir, 'fresh.git');
    gitIn(m.dir, ['init', '-q', '--bare', fresh], m.env);
    await rm(path.join(m.a, '.git'), { recursive: true });
    await ok(m.a, ['journal', 'git', 'init']);
    await ok(m.a, ['journal', 'git', 'remote', 'add', 'origin', fresh]);
    await ok(m.a, ['journal', 'sync'], PASS);
    // step 4 on b: its plain journal cannot join the encrypted one, so export, a fresh folder, sync, import
    await rm(path.join(m.b, '.git'), { recursive: true });
    await ok(m.b, ['journal', 'git', 'init']);
    await ok(m.b, ['journal', 'git', 'remote', 'add', 'origin', fresh]);
    expect((await run(m.b, ['journal', 'sync'], PASS)).code).toBe(3);
    const exported = path.join(m.dir, 'this-machine.json');
    await ok(m.b, ['journal', 'export', '--format', 'json', '--out', exported]);
    const b2 = path.join(m.dir, 'b2');
    await mkdir(b2);
    await ok(b2, ['journal', 'git', 'init']);
    await ok(b2, ['journal', 'git', 'remote', 'add', 'origin', fresh]);
    await ok(b2, ['journal', 'sync'], PASS);
    await ok(b2, ['journal', 'import', exported], PASS);
    await ok(b2, ['journal', 'sync'], PASS);
    await ok(m.a, ['journal', 'sync'], PASS);
    for (const f of [m.a, b2]) {
      const listed = await ok(f, ['journal', 'export', '--format', 'json'], PASS);
      expect(listed.stdout).toContain(OTHER);
      expect(listed.stdout).toContain(SECRET);
    }
    for (const repo of [fresh, m.a, b2]) {
      const objects = allObjects(repo);
      expect(objects).not.toContain(SECRET);
      expect(objects).not.toContain(OTHER);
    }
  });
});

describe('.git is private (issue 19, finding 8)', { timeout: 60_000 }, () => {
  /** Every file and folder of `.git` that group or others may read, write or enter. */
  const openToOthers = async (folder: string): Promise<string[]> => {
    const root = path.join(folder, '.git');
    const open: string[] = [];
    if ((await stat(root)).mode & 0o077) open.push('.git');
    for (const d of await readdir(root, { recursive: true, withFileTypes: true })) {
      const p = path.join(d.parentPath, d.name);
      if ((await stat(p)).mode & 0o077) open.push(path.relative(folder, p));
    }
    return open;
  };

  it('journal git init in a folder of mode 755 makes .git 700, its files closed to others, and tells git to keep it so', async () => {
    await ok(m.a, ['start', '--answers', answers, '--client', LABEL]);
    await chmod(m.a, 0o755);
    await ok(m.a, ['journal', 'git', 'init']);
    expect(await openToOthers(m.a)).toEqual([]);
    expect(gitIn(m.a, ['config', 'core.sharedRepository'], m.env).trim()).toBe('0600');
    await ok(m.a, ['start', '--answers', answers]);
    expect(await openToOthers(m.a)).toEqual([]);
  });

  it("an existing journal's .git made by git's defaults is put right when oplos next commits in it", async () => {
    await ok(m.a, ['start', '--answers', answers]);
    await chmod(m.a, 0o755);
    execFileSync('sh', ['-c', 'umask 022 && git init -q && git add -A && git -c user.name=x -c user.email=x@y commit -qm first'], {
      cwd: m.a,
      env: m.env,
    });
    expect((await openToOthers(m.a)).length).toBeGreaterThan(0);
    await ok(m.a, ['start', '--answers', answers]);
    expect(await openToOthers(m.a)).toEqual([]);
    expect(gitIn(m.a, ['config', 'core.sharedRepository'], m.env).trim()).toBe('0600');
  });
});

describe('journal git init refuses a folder that is not a journal (issue 19, low)', { timeout: 60_000 }, () => {
  it('a folder with files but no oplos-journal.json: exit 3, no repository made, nothing committed', async () => {
    const home = path.join(m.dir, 'home');
    await mkdir(path.join(home, '.ssh'), { recursive: true });
    await writeFile(path.join(home, '.ssh', 'id_ed25519'), 'PRIVATE KEY');
    await writeFile(path.join(home, 'notes.txt'), 'notes');
    const r = await run(home, ['journal', 'git', 'init']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/holds files but is not an oplos journal/);
    expect(existsSync(path.join(home, '.git'))).toBe(false);
    // an empty folder and a journal are fine
    const empty = path.join(m.dir, 'empty');
    await mkdir(empty);
    await ok(empty, ['journal', 'git', 'init']);
    await ok(m.a, ['start', '--answers', answers]);
    await ok(m.a, ['journal', 'git', 'init']);
  });
});
