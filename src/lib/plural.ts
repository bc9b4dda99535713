/**
 * Counts in words ("1 question", "3 questions", "1,000 characters"), the one way every tool
 * writes them. English has two plural forms; Intl.PluralRules picks between them so no message
 * tests `count === 1` by hand.
 */

const pluralRules = new Intl.PluralRules('en-US');

/**
 * A number as the reader reads it: "5,000", "-1,234.5". Grouped by hand, as en-US groups them:
 * the browser's number formatter takes 30 ms or more to start (a long task on a slow phone), on
 * every tool page, only to place commas.
 */
export function formatCount(count: number): string {
  const [whole = '', fraction] = String(count).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The form of a word for a count: `one` for 1, `other` (default: `one` + "s") otherwise. */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return pluralRules.select(count) === 'one' ? one : other;
}

/** A count and its noun: plural(3, 'question') is "3 questions", plural(1, 'person', 'people') is "1 person". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${formatCount(count)} ${pluralWord(count, one, other)}`;
}
