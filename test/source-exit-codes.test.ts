import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) out.push(...(await sourceFiles(p)));
    else if (d.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The arguments of each call `name(…)` in `text`, split at the commas of the call's own level. */
function callArguments(text: string, name: string): string[][] {
  const calls: string[][] = [];
  const start = new RegExp(`\\b${name}\\(`, 'g');
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const args: string[] = [];
    let depth = 0;
    let quote = '';
    let current = '';
    for (let i = m.index + m[0].length; i < text.length; i++) {
      const ch = text[i]!;
      if (quote) {
        current += ch;
        if (ch === '\\') current += text[++i] ?? '';
        else if (ch === quote) quote = '';
        continue;
      }
      if (ch === '"' || ch === "'" || ch === '`') quote = ch;
      else if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) {
        if (depth === 0) break;
        depth--;
      } else if (ch === ',' && depth === 0) {
        args.push(current.trim());
        current = '';
        continue;
      }
      current += ch;
    }
    args.push(current.trim());
    calls.push(args);
  }
  return calls;
}

describe('exit codes are given by name', () => {
  it('finds a bare number in the sketch of a call (the check can fail)', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test holds a template literal
    expect(callArguments('throw new OplosError(m.x(`a, ${b(1, 2)}`), 2, hint)', 'OplosError')[0]?.[1]).toBe('2');
    expect(callArguments("throw fail(3, t.y('a'))", 'fail')[0]?.[0]).toBe('3');
  });

  it('src/ passes no bare number as the exit code of an OplosError, fail(…) or super(…)', async () => {
    const bare: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      const text = await readFile(file, 'utf8');
      const where = path.relative(SRC, file);
      for (const args of callArguments(text, 'OplosError'))
        if (/^\d+$/.test(args[1] ?? '')) bare.push(`${where}: OplosError(…, ${args[1]})`);
      for (const args of callArguments(text, 'fail')) if (/^\d+$/.test(args[0] ?? '')) bare.push(`${where}: fail(${args[0]}, …)`);
      if (/extends (OplosError|Interrupted)\b/.test(text))
        for (const args of callArguments(text, 'super')) if (/^\d+$/.test(args[1] ?? '')) bare.push(`${where}: super(…, ${args[1]})`);
    }
    expect(bare).toEqual([]);
  });

  it('finds a bare number a command returns (the check can fail)', () => {
    expect(bareReturns('  return result.ok ? 0 : 3;\n')).toEqual(['return result.ok ? 0 : 3']);
    expect(bareReturns('    if (ctx.json) return 2;\n  return EXIT.ok;\n')).toEqual(['return 2']);
    // a shell script's `return 1 ;;` inside a template is not TypeScript
    expect(bareReturns('    *) return 1 ;;\n')).toEqual([]);
  });

  it('the commands return their exit code by name (EXIT.ok, EXIT.usage, …), never a bare number', async () => {
    const bare: string[] = [];
    const commands = [...(await sourceFiles(path.join(SRC, 'cli', 'commands'))), path.join(SRC, 'cli', 'session', 'run-session.ts')];
    expect(commands.length).toBeGreaterThan(20);
    for (const file of commands) for (const r of bareReturns(await readFile(file, 'utf8'))) bare.push(`${path.relative(SRC, file)}: ${r}`);
    expect(bare).toEqual([]);
  });
});

/** `return 2;`, `return ok ? 0 : 3;`: a statement returning a bare number, directly or from a choice. */
function bareReturns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\breturn\s+([^;\n]*?)\s*;(?!;)/g)) {
    const value = m[1] ?? '';
    if (/^\d+$/.test(value) || /\?\s*\d+\s*:|:\s*\d+\s*$/.test(value)) out.push(`return ${value}`);
  }
  return out;
}
