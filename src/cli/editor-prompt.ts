/** The editor prompt on its own, so its charset tables load only when someone opens an editor. */
export { default as editor } from '@inquirer/editor';
