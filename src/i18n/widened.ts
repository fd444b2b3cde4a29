/**
 * The type of a catalogue's other languages: the English catalogue's shape with its literal types
 * widened (a function keeps its parameters and returns a string; a string is any string), so
 * `const nl: Widened<typeof en>` must hold every key of `en` and no other.
 */
export type Widened<T> = {
  [K in keyof T]: T[K] extends (...a: infer A) => string ? (...a: A) => string : T[K] extends string ? string : T[K];
};
