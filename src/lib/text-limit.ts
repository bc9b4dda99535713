/**
 * Character limits on what a reader types or pastes. A change past a limit is refused with a
 * message, never cut silently; every tool words that refusal the same way.
 */
import { plural } from './plural';

/** A number of characters in words, e.g. "5,000 characters". */
export function characters(amount: number): string {
  return plural(amount, 'character');
}

/** Why a change is refused, or undefined if the new text fits its limit. */
export function overLimit(text: string, limit: number): string | undefined {
  if (text.length <= limit) return undefined;
  return `That would make it ${characters(text.length)}, and this takes up to ${characters(limit)}. Nothing was changed: shorten it and try again.`;
}
