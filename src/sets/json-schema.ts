/**
 * The JSON Schema for editors (yaml-language-server), built from the zod
 * schema. Used only by scripts/gen-schema.mjs and the test that keeps
 * schema/question-set.schema.json in step; never at run time.
 */
import { z } from 'zod';
import { setSchema } from './schema.js';

export const buildJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(setSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' });

/** The file's text: two-space JSON with a final newline. */
export const jsonSchemaText = (): string => `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
