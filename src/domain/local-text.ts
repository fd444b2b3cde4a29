/** A text in each of a set's languages. A plain string in YAML becomes the same string under every language. */
export type LocalText = Readonly<Record<string, string>>;
