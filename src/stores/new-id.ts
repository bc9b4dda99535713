/** Ids for what a reader creates (lists, drafts, runs): unique enough within one browser. */

/**
 * A fresh id, optionally prefixed ("list-…"). crypto.randomUUID exists only in secure contexts,
 * so a time-and-random id stands in elsewhere (a page opened over plain http on a LAN).
 */
export function newId(prefix?: string): string {
  const unique =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return prefix ? `${prefix}-${unique}` : unique;
}
