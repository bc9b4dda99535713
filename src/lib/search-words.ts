/**
 * How typed words are matched, the same everywhere a tool filters as the reader types (the
 * picker's bank, the Conversations page's people). Apart from the bank's filter, so a page that
 * searches something else does not carry the bank's topic names.
 */

/**
 * Lowercase without accents, with every run of other characters made one space, so "Résumé"
 * matches "resume" and "entry-level" matches "entry level".
 */
export function foldForSearch(text: string): string {
  // Most text is plain ASCII: skip the costly Unicode decomposition for it.
  const plain = /[\u0080-\uffff]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;
  return plain.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/** The words of a query, folded; empty for a blank query. */
export function queryWords(text: string): string[] {
  return foldForSearch(text)
    .split(' ')
    .filter((word) => word !== '');
}
