/** The passphrase prompt on its own, loaded only for an encrypted journal (a leaf of the build: nothing of oplos in it). */
export { default as password } from '@inquirer/password';
