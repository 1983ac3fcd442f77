/** A translation of a catalogue: the same keys, any text (the English catalogue is `as const`, so that
 * next-intl types each message's ICU arguments from it). A missing or extra key fails the typecheck. */
export type Translation<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
