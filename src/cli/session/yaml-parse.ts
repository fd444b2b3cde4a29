/** The YAML parser on its own, loaded only when an answers file is read. */
export { parse } from 'yaml';
