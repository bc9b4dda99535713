/**
 * A value made on its first use and kept. For the browser's Intl formatters: making one can take
 * tens of milliseconds on a slow phone, and a page that makes them as its scripts load pays for
 * every one before the reader can act, even those it never uses.
 */

/** A function that makes the value the first time it is called and returns the same one after. */
export function madeOnce<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
