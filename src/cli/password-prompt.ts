/** The passphrase prompt on its own, loaded only for an encrypted journal. */
export { password } from '@inquirer/prompts';
