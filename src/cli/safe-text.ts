/**
 * Text from sets, answers and imported files, made safe for a terminal:
 * C0/C1 control characters (other than newline and tab), ESC and the bidi
 * controls are shown as a visible <U+XXXX> instead of acting on the terminal.
 * (Minimal version; the issue-12 branch holds the fuller one.)
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const safeText = (s: string): string =>
  s.replace(UNSAFE, (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);
