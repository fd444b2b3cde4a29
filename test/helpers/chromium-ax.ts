/**
 * Chromium's accessibility tree of a page (what a screen reader is given),
 * through the DevTools protocol over a pipe (--remote-debugging-pipe: commands
 * on fd 3, replies on fd 4, each a JSON text ended by NUL), so no port and no
 * WebSocket client are needed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { findChromium } from './requirements.js';

export interface AxNode {
  readonly nodeId: string;
  readonly ignored: boolean;
  readonly role?: { readonly value: string };
  readonly name?: { readonly value: string };
  readonly description?: { readonly value: string };
  readonly properties?: readonly { readonly name: string; readonly value: { readonly value: unknown } }[];
  readonly childIds?: readonly string[];
}

/** The full accessibility tree of the page at `file`, once it has loaded. */
export const accessibilityTree = async (file: string, dir: string): Promise<AxNode[]> => {
  const chromium = findChromium();
  if (!chromium) throw new Error('no chromium (see chromiumSkipReason)');
  const profile = mkdtempSync(join(dir, 'profile-'));
  const child = spawn(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let id = 0;
  let buffer = '';
  const waiting = new Map<number, (msg: { result?: unknown; error?: unknown }) => void>();
  const events: { method: string; sessionId?: string }[] = [];
  const eventWaiters = new Set<() => void>();
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buffer.slice(0, end)) as {
        id?: number;
        method?: string;
        sessionId?: string;
        result?: unknown;
        error?: unknown;
      };
      buffer = buffer.slice(end + 1);
      if (msg.id !== undefined) waiting.get(msg.id)?.(msg);
      else if (msg.method) {
        events.push({ method: msg.method, ...(msg.sessionId ? { sessionId: msg.sessionId } : {}) });
        for (const w of eventWaiters) w();
      }
    }
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const n = ++id;
      waiting.set(n, (msg) => {
        waiting.delete(n);
        if (msg.error) reject(new Error(`${method}: ${JSON.stringify(msg.error)}`));
        else resolve(msg.result as T);
      });
      toBrowser.write(`${JSON.stringify({ id: n, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  /** an event that comes after this call */
  const event = (method: string, sessionId: string) => {
    const from = events.length;
    return new Promise<void>((resolve) => {
      const check = () => {
        if (events.slice(from).some((e) => e.method === method && e.sessionId === sessionId)) {
          eventWaiters.delete(check);
          resolve();
        }
      };
      eventWaiters.add(check);
      check();
    });
  };
  const timeout = setTimeout(() => child.kill('SIGKILL'), 120_000); // only against a hang, not a measurement
  try {
    const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    await send('Page.enable', {}, sessionId);
    const loaded = event('Page.loadEventFired', sessionId);
    await send('Page.navigate', { url: pathToFileURL(file).href }, sessionId);
    await loaded;
    await send('Accessibility.enable', {}, sessionId);
    const { nodes } = await send<{ nodes: AxNode[] }>('Accessibility.getFullAXTree', {}, sessionId);
    await send('Browser.close').catch(() => undefined);
    return nodes;
  } finally {
    clearTimeout(timeout);
    if (child.exitCode === null) child.kill();
    await exited; // chromium writes into its profile until it has gone
    rmSync(profile, { recursive: true, force: true });
  }
};

/** The tree's nodes that are not ignored, in document order (depth first from the root). */
export const inOrder = (nodes: readonly AxNode[]): AxNode[] => {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const out: AxNode[] = [];
  const walk = (n: AxNode | undefined) => {
    if (!n) return;
    if (!n.ignored) out.push(n);
    for (const c of n.childIds ?? []) walk(byId.get(c));
  };
  walk(nodes[0]);
  return out;
};

export const propertyOf = (n: AxNode, name: string): unknown => n.properties?.find((p) => p.name === name)?.value.value;
