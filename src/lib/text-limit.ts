/**
 * Character limits on what a reader types or pastes, and the one way characters are counted.
 * A change past a limit is refused with a message, never cut silently; every tool words that
 * refusal the same way. A text can still end up over its limit without the reader typing it
 * (a template filled with long details); then every edit that shortens it is accepted, and the
 * field says it is too long until it fits.
 */
import { madeOnce } from './made-once';
import { formatCount, plural } from './plural';

const graphemes = madeOnce(() =>
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter('en', { granularity: 'grapheme' })
    : undefined,
);

/** Text in which every UTF-16 unit is a character of its own: printable ASCII, tabs, newlines. */
const ONE_UNIT_PER_CHARACTER = /^[\t\n\x20-\x7e]*$/;

/**
 * How many characters a reader would count: an emoji, even one made of several code points
 * (a flag, a family), or a letter with its accent, is one.
 */
export function characterCount(text: string): number {
  // Most of what readers type needs no segmenter, and making one is slow: only other text waits
  // for it. ("\r\n" is one character, so a carriage return goes the long way.)
  if (ONE_UNIT_PER_CHARACTER.test(text)) return text.length;
  const segmenter = graphemes();
  if (!segmenter) return [...text].length;
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

/** A number of characters in words, e.g. "5,000 characters". */
export function characters(amount: number): string {
  return plural(amount, 'character');
}

/** How much of a limit a text uses, for a field's counter: "12 of 300 characters". */
export function characterUse(text: string, limit: number): string {
  return `${formatCount(characterCount(text))} of ${characters(limit)}`;
}

/** Why a change is refused, or undefined if the new text fits its limit. */
export function overLimit(text: string, limit: number): string | undefined {
  // A text never has more characters than UTF-16 units, so a short one needs no counting.
  if (text.length <= limit) return undefined;
  const count = characterCount(text);
  if (count <= limit) return undefined;
  return `That would make it ${characters(count)}, and this field takes up to ${characters(limit)}. Nothing was changed: shorten it and try again.`;
}

/**
 * Why a change from `before` to `after` is refused, or undefined if it is accepted. A change
 * that makes a text go past its limit is refused; one that shortens a text already over it is
 * always accepted, so Backspace works however the text got long.
 */
export function refusedChange(before: string, after: string, limit: number): string | undefined {
  const refusal = overLimit(after, limit);
  if (!refusal) return undefined;
  return characterCount(after) < characterCount(before) ? undefined : refusal;
}

/** What a field says while its text is over its limit, or undefined when it fits. */
export function tooLongNow(text: string, limit: number): string | undefined {
  if (text.length <= limit) return undefined;
  const count = characterCount(text);
  if (count <= limit) return undefined;
  return `This is ${characters(count)}, more than the ${formatCount(limit)} it takes. Shorten it by ${characters(count - limit)}.`;
}
