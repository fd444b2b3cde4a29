/** The editor prompt on its own, so its charset tables load only when someone opens an editor. */
export { editor } from '@inquirer/prompts';
