/**
 * Counts in words ("1 question", "3 questions", "1,000 characters"), the one way every tool
 * writes them. English has two plural forms; Intl.PluralRules picks between them so no message
 * tests `count === 1` by hand.
 */

const pluralRules = new Intl.PluralRules('en-US');
const numbers = new Intl.NumberFormat('en-US');

/** A number as the reader reads it: "5,000". */
export function formatCount(count: number): string {
  return numbers.format(count);
}

/** The form of a word for a count: `one` for 1, `other` (default: `one` + "s") otherwise. */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return pluralRules.select(count) === 'one' ? one : other;
}

/** A count and its noun: plural(3, 'question') is "3 questions", plural(1, 'person', 'people') is "1 person". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${formatCount(count)} ${pluralWord(count, one, other)}`;
}
