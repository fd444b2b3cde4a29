/** The passphrase prompt on its own, loaded only for an encrypted journal. */
export { default as password } from '@inquirer/password';
