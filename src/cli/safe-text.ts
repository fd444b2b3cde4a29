/** Terminal text from sets, answers and files with control characters made visible (minimal version; issue 12 owns the full one). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const safeText = (s: string): string =>
  s.replace(CONTROL, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
