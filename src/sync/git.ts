/**
 * Running the system's git inside a journal folder: argv arrays, no shell,
 * no prompts, no pager, and git never looks above the journal folder for a
 * repository (a journal inside a dotfiles repository must not be committed
 * into it). The environment comes in as a parameter; nothing here reads
 * `process`.
 */
import { spawn } from 'node:child_process';
import { platform } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

export interface GitResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stopped by `idleTimeoutMs` */
  readonly timedOut?: boolean;
  /** stopped by `signal` */
  readonly aborted?: boolean;
}

/** Who oplos's own commits are by when the person has set no name or email for git. */
export const FALLBACK_AUTHOR = { name: 'oplos', email: 'oplos@localhost' } as const;

/** The environment git runs with: no terminal prompt, no pager, no looking above the folder. */
export const gitEnv = (folder: string, env: Env, extra: Env = {}): Record<string, string> => {
  const out: Record<string, string> = {};
  // the journal's passphrase is oplos's alone: nothing git starts (ssh, a credential helper, a hook) gets it
  for (const [k, v] of Object.entries(env)) if (v !== undefined && k !== 'OPLOS_PASSPHRASE') out[k] = v;
  out['GIT_TERMINAL_PROMPT'] = '0';
  out['GIT_PAGER'] = 'cat';
  out['PAGER'] = 'cat';
  out['GIT_CEILING_DIRECTORIES'] = path.dirname(path.resolve(folder));
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) out[k] = v;
  return out;
};

export interface GitOptions {
  readonly input?: string;
  readonly extraEnv?: Env;
  /**
   * For a command that talks to a remote: git (and the ssh it started) is
   * stopped after this many ms without a byte of output, and the result says
   * `timedOut`. Pass `--progress` with it, so a transfer under way keeps talking.
   */
  readonly idleTimeoutMs?: number;
  /** Stops git (and the ssh it started) at once; the result says `aborted`. */
  readonly signal?: AbortSignal;
  /**
   * Stops the process group `pid` (the command line passes
   * `(pid) => process.kill(-pid, 'SIGKILL')`: nothing below it touches
   * `process`). With it, git runs in its own group, so a time-out or Ctrl-C
   * stops the ssh it started too; without it, only git is stopped.
   */
  readonly killGroup?: (pid: number) => void;
}

/** Runs `git ARGS` in `folder` and collects its output (`input` goes to its stdin). */
export const git = (folder: string, args: readonly string[], env: Env, opts: GitOptions = {}): Promise<GitResult> =>
  new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let done = false;
    const finish = (r: GitResult) => {
      if (done) return;
      done = true;
      if (idle) clearTimeout(idle);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(r);
    };
    // its own process group where there are groups, so a time-out stops the ssh it started as well
    const killGroup = opts.killGroup;
    const group = killGroup !== undefined && (opts.idleTimeoutMs !== undefined || opts.signal !== undefined) && platform() !== 'win32';
    const child = spawn('git', args, {
      cwd: folder,
      env: gitEnv(folder, env, opts.extraEnv),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: group,
    });
    let idle: NodeJS.Timeout | undefined;
    const stop = () => {
      try {
        if (group && child.pid !== undefined) killGroup(child.pid);
        else child.kill('SIGKILL');
      } catch {
        // gone already
      }
      // a grandchild that keeps the pipes open must not keep the sync waiting
      setTimeout(() => finish({ code: 124, stdout, stderr, ...(aborted ? { aborted } : { timedOut: true }) }), 2000).unref();
    };
    let timedOut = false;
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      stop();
    };
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    const arm = () => {
      if (opts.idleTimeoutMs === undefined) return;
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => {
        timedOut = true;
        stop();
      }, opts.idleTimeoutMs);
    };
    arm();
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      arm();
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      arm();
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      finish({ code: e.code === 'ENOENT' ? 127 : 1, stdout, stderr: stderr || String(e.message) }),
    );
    child.on('close', (code, signal) =>
      finish({
        code: timedOut || aborted ? 124 : (code ?? (signal ? 128 : 1)),
        stdout,
        stderr,
        ...(aborted ? { aborted } : timedOut ? { timedOut } : {}),
      }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });

/** Like `git`, but a failure throws, with git's own words. */
export const gitOk = async (folder: string, args: readonly string[], env: Env, opts: GitOptions = {}): Promise<string> => {
  const r = await git(folder, args, env, opts);
  if (r.code !== 0) throw new GitFailed(args, r);
  return r.stdout;
};

export class GitFailed extends Error {
  constructor(
    readonly args: readonly string[],
    readonly result: GitResult,
  ) {
    super(`git ${args[0] ?? ''}: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  }
}

/** git's progress lines (`--progress`), which say nothing about what went wrong. */
const PROGRESS = /^(?:remote: )?(?:Enumerating|Counting|Compressing|Receiving|Resolving|Writing|Total|Delta|Unpacking) /;

export const firstLine = (s: string): string =>
  s
    .split(/[\r\n]/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('hint:') && !PROGRESS.test(l)) ?? '';

/** Is the journal folder itself a git repository (its own `.git`, not one above it)? */
export const isRepository = async (folder: string): Promise<boolean> =>
  stat(path.join(folder, '.git')).then(
    () => true,
    () => false,
  );

/** Has the person told git who they are? If not, oplos's commits carry FALLBACK_AUTHOR. */
export const authorEnv = async (folder: string, env: Env): Promise<Env> => {
  const name = (await git(folder, ['config', 'user.name'], env)).stdout.trim();
  const email = (await git(folder, ['config', 'user.email'], env)).stdout.trim();
  const extra: Record<string, string> = {};
  if (!name && !env['GIT_AUTHOR_NAME']) extra['GIT_AUTHOR_NAME'] = FALLBACK_AUTHOR.name;
  if (!name && !env['GIT_COMMITTER_NAME']) extra['GIT_COMMITTER_NAME'] = FALLBACK_AUTHOR.name;
  if (!email && !env['GIT_AUTHOR_EMAIL']) extra['GIT_AUTHOR_EMAIL'] = FALLBACK_AUTHOR.email;
  if (!email && !env['GIT_COMMITTER_EMAIL']) extra['GIT_COMMITTER_EMAIL'] = FALLBACK_AUTHOR.email;
  return extra;
};

/** The journal's own record (`oplos-journal.json`) as text, or undefined. */
export const readRecord = (folder: string): Promise<string | undefined> =>
  readFile(path.join(folder, RECORD), 'utf8').catch(() => undefined);

export const RECORD = 'oplos-journal.json';

/** The `encryption` field of a record's text ('null' for none or unreadable), to compare two records by. */
export const encryptionOf = (recordText: string | undefined): unknown => {
  if (recordText === undefined) return null;
  try {
    const v = JSON.parse(recordText) as Record<string, unknown>;
    return typeof v === 'object' && v !== null ? (v['encryption'] ?? null) : null;
  } catch {
    return null;
  }
};

/** Does a record say the journal is encrypted? (`encryption` absent, null, false, "none"/"plain" or {mode:"plain"} is plain.) */
export const isEncryptedRecord = (recordText: string | undefined): boolean => {
  const e = encryptionOf(recordText);
  if (e === null || e === false || e === 'none' || e === 'plain' || e === undefined) return false;
  if (typeof e === 'object' && !Array.isArray(e)) {
    const mode = (e as Record<string, unknown>)['mode'];
    if (mode === 'plain' || mode === 'none') return false;
  }
  return true;
};

/** The same encryption (mode, salt, key check value) in both records? */
export const sameEncryption = (a: string | undefined, b: string | undefined): boolean =>
  JSON.stringify(encryptionOf(a)) === JSON.stringify(encryptionOf(b));
