/** What a set or question id may be: lowercase letters, digits and "-", starting with a letter or digit. On its own, so that reading a reference does not load the schema (and zod) with it. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
