/**
 * Numbers as the kit's English writes them, in digits or words ("20", "twenty", "forty-five"),
 * for reading amounts out of prose: the time an email asks for, and the numbers the guide states.
 */

/** Each number word the kit's texts use, with its value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  'twenty-four': 24,
  'twenty-five': 25,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  'forty-eight': 48,
  fifty: 50,
  sixty: 60,
  ninety: 90,
};

/** The words as a regular-expression alternation, longest first, so "twenty-five" beats "twenty". */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The value of a number in digits or in words; undefined for anything else. */
export function readNumber(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
}
