/**
 * Reading a json export one entry at a time, so a 50,000-session import
 * never holds the whole file or all its sessions: a small scanner walks the
 * top-level object, hands each other member's value to JSON.parse whole,
 * and each element of `entries` to JSON.parse on its own. It accepts exactly
 * the texts JSON.parse accepts (a property test compares them); a top-level
 * object that names `entries` twice is left to the whole parse.
 */
import { createReadStream } from 'node:fs';

/** The text is not JSON (what JSON.parse would throw on). */
export class NotJson extends Error {}
/** The text is JSON, but streaming cannot read it as the whole parse would. */
export class NotStreamable extends Error {}

type State = 'start' | 'key-first' | 'key' | 'colon' | 'value' | 'member-end' | 'arr-first' | 'arr-elem' | 'arr-end' | 'done';

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export interface ExportVisitor {
  /** a top-level member other than `entries` (parsed) */
  member(key: string, value: unknown): void;
  /** `entries` is there and is not a list */
  entriesNotList(value: unknown): void;
  /** `entries` is there and is a list */
  entriesList?(): void;
  /** one element of `entries`, parsed */
  entry(value: unknown, index: number): void;
  /** the top level is not an object */
  notObject(value: unknown): void;
}

/** Walks JSON text fed in pieces; throws NotJson where JSON.parse would fail. */
export class ExportScanner {
  private state: State = 'start';
  private key = '';
  private sawEntries = false;
  private index = 0;
  // the value being captured: its pieces, nesting depth, whether inside a string, after a backslash
  private parts: string[] = [];
  private capturing = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  private forKey = false;

  constructor(private readonly v: ExportVisitor) {}

  feed(text: string): void {
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.capturing) {
        i = this.capture(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (isWs(c)) {
        i++;
        continue;
      }
      switch (this.state) {
        case 'start':
          if (c !== 0x7b) {
            // not an object: JSON.parse decides whether it is JSON at all
            this.begin(false);
            this.state = 'done';
            this.topValue = true;
            continue;
          }
          this.state = 'key-first';
          break;
        case 'key-first':
        case 'key':
          if (c === 0x7d && this.state === 'key-first') this.state = 'done';
          else if (c === 0x22) {
            this.begin(true);
            continue;
          } else throw new NotJson();
          break;
        case 'colon':
          if (c !== 0x3a) throw new NotJson();
          this.state = 'value';
          break;
        case 'value':
          if (this.key === 'entries') {
            if (this.sawEntries) throw new NotStreamable();
            this.sawEntries = true;
            if (c === 0x5b) {
              this.v.entriesList?.();
              this.state = 'arr-first';
              break;
            }
          }
          this.begin(false);
          continue;
        case 'member-end':
          if (c === 0x2c) this.state = 'key';
          else if (c === 0x7d) this.state = 'done';
          else throw new NotJson();
          break;
        case 'arr-first':
          if (c === 0x5d) {
            this.state = 'member-end';
            break;
          }
          this.begin(false);
          continue;
        case 'arr-elem':
          this.begin(false);
          continue;
        case 'arr-end':
          if (c === 0x2c) this.state = 'arr-elem';
          else if (c === 0x5d) this.state = 'member-end';
          else throw new NotJson();
          break;
        case 'done':
          throw new NotJson();
      }
      i++;
    }
  }

  private topValue = false;

  /** Ends the text: throws NotJson when it stopped short. */
  finish(): void {
    if (this.capturing && this.scalar && this.depth === 0 && !this.inString) this.complete();
    if (this.capturing || this.state !== 'done') throw new NotJson();
  }

  private begin(forKey: boolean): void {
    this.capturing = true;
    this.forKey = forKey;
    this.parts = [];
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.scalar = false;
  }

  /** Goes on capturing from text[i]; returns where the caller goes on. */
  private capture(text: string, i: number): number {
    const start = i;
    const n = text.length;
    if (this.parts.length === 0 && !this.inString && this.depth === 0 && !this.scalar) {
      const c = text.charCodeAt(i);
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth = 1;
      else this.scalar = true;
      i++;
      if (!this.scalar && !this.inString && this.depth === 0) return i;
      if (this.inString && this.depth === 0) {
        // a bare string: ends at its closing quote
      }
    }
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) {
          this.inString = false;
          if (this.depth === 0 && !this.scalar) {
            this.parts.push(text.slice(start, i + 1));
            this.complete();
            return i + 1;
          }
        }
        continue;
      }
      if (this.scalar) {
        if (isWs(c) || c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a) {
          this.parts.push(text.slice(start, i));
          this.complete();
          return i;
        }
        continue;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        this.depth--;
        if (this.depth === 0) {
          this.parts.push(text.slice(start, i + 1));
          this.complete();
          return i + 1;
        }
      }
    }
    this.parts.push(text.slice(start));
    return n;
  }

  private complete(): void {
    this.capturing = false;
    const raw = this.parts.join('');
    this.parts = [];
    let value: unknown;
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      throw new NotJson();
    }
    if (this.topValue) {
      this.v.notObject(value);
      return;
    }
    if (this.forKey) {
      this.key = value as string;
      this.state = 'colon';
    } else if (this.state === 'value') {
      if (this.key === 'entries') this.v.entriesNotList(value);
      else this.v.member(this.key, value);
      this.state = 'member-end';
    } else {
      this.v.entry(value, this.index++);
      this.state = 'arr-end';
    }
  }
}

/**
 * Feeds `file` to a scanner a megabyte at a time; `afterPiece` runs after
 * each (an import writes what it was handed). Bytes that are not UTF-8
 * anywhere throw NotUtf8, even after text that is not JSON, as the whole
 * read refuses them first.
 */
export const scanFile = async (file: string, v: ExportVisitor, afterPiece?: () => Promise<void>): Promise<void> => {
  const scanner = new ExportScanner(v);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bad: unknown;
  const feed = (text: string): void => {
    if (bad !== undefined) return;
    try {
      scanner.feed(text);
    } catch (e) {
      bad = e;
    }
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    let text: string;
    try {
      text = decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      throw new NotUtf8();
    }
    feed(text);
    if (bad === undefined) await afterPiece?.();
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw new NotUtf8();
  }
  feed(rest);
  if (bad !== undefined) throw bad;
  scanner.finish();
  await afterPiece?.();
};

export class NotUtf8 extends Error {}

/** The text scanned whole (for tests): what the visitor saw. */
export const scanText = (text: string, v: ExportVisitor, pieces = 1): void => {
  const s = new ExportScanner(v);
  const size = Math.max(1, Math.ceil(text.length / pieces));
  for (let i = 0; i < text.length; i += size) s.feed(text.slice(i, i + size));
  s.finish();
};
