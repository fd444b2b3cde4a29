import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonSchemaText } from '../src/sets/json-schema.js';

const committed = readFileSync(new URL('../schema/question-set.schema.json', import.meta.url), 'utf8');

describe('the JSON Schema for editors', () => {
  test('the committed file is exactly what the zod schema generates (run node scripts/gen-schema.mjs when this fails)', () => {
    expect(committed).toBe(jsonSchemaText());
  });

  test('is draft-07 and describes every field, for yaml-language-server', () => {
    const schema = JSON.parse(committed) as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('oplos question set (format 1, 1.1 and 1.2)');
    const undescribed: string[] = [];
    let fields = 0;
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [name, prop] of Object.entries(props ?? {})) {
        fields++;
        if (!prop.description) undescribed.push(`${path}.${name}`);
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
    };
    walk(schema, '$');
    expect(undescribed).toEqual([]);
    expect(fields).toBeGreaterThan(60);
  });

  test('knows the six kinds, the id pattern and the defaults', () => {
    for (const kind of ['text', 'long', 'list', 'scale', 'choice', 'confirm']) expect(committed).toContain(`"const": "${kind}"`);
    expect(committed).toContain('"pattern": "^[a-z0-9][a-z0-9-]*$"');
    const schema = JSON.parse(committed);
    const questions = schema.properties.phases.items.properties.questions.items.oneOf as {
      properties: Record<string, { default?: unknown }>;
    }[];
    const list = questions.find((q) => (q.properties.kind as { const?: string }).const === 'list')!;
    const scale = questions.find((q) => (q.properties.kind as { const?: string }).const === 'scale')!;
    expect([
      list.properties.max!.default,
      scale.properties.min!.default,
      scale.properties.max!.default,
      list.properties.optional!.default,
    ]).toEqual([10, 0, 10, false]);
  });
});
