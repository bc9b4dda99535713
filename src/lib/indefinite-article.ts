/**
 * "a" or "an" before a role typed without one, so "your work as {contactRole}" reads "your work
 * as a UX researcher" whether the reader typed "UX researcher" or "a UX researcher". The choice
 * goes by sound, not spelling, for the cases roles meet: letters said one by one ("an MBA
 * student", "a UX designer"), a "you" sound ("a university lecturer"), a silent h ("an hour"),
 * "one" ("a one-person studio"), numbers ("an 18-month fellow").
 */

/** Words that already open a noun phrase: with one of them first, no article is added. */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'my',
  'your',
  'our',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'one',
  'some',
  'any',
  'each',
  'every',
  'another',
]);

/** Letters whose names start with a vowel sound: "an F", "an M", "an S". */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX');

/**
 * A vowel letter said with a consonant sound: "you" (university, user, Europe) or "w" (one).
 * Uber and umami keep their "oo"; Ukrainian has the "you".
 */
const CONSONANT_SOUND_START =
  /^(?:uni(?![nm])|u(?!ber|mam)[bgklmrstv][aeiouy]|ukr|eu|ewe|one(?![a-z])|once)/;

/** A silent h: "an hour", "an honest", "an honorary", "an heir". */
const SILENT_H_START = /^(?:hour|honest|honou?r|heir)/;

/** Numbers said with a vowel first: 8, 11, 18, 80… ("an 8-person team", "an 18-month post"). */
const VOWEL_SOUND_NUMBER = /^(?:8|1[18](?!\d)|1[18]\d\d(?!\d))/;

/**
 * Whether a word is letters said one by one ("MBA", "UX", "PhD", "MSc"): two capitals in its
 * first three letters, and not read as a word (a consonant then a vowel over four letters, as
 * in NASA or NATO, is read as a word).
 */
function isSpelledOut(word: string): boolean {
  const letters = word.replace(/[^A-Za-z]/g, '');
  if (!/^[A-Z][a-z]?[A-Z]/.test(letters)) return false;
  const readAsWord = /^[A-Z]{4,}$/.test(letters) && /^[^AEIOU][AEIOU]/.test(letters);
  return !readAsWord;
}

/** "a" or "an" for a phrase, by the sound of its first word. */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/\s+/)[0] ?? '';
  if (VOWEL_SOUND_NUMBER.test(word)) return 'an';
  if (isSpelledOut(word)) return VOWEL_SOUND_LETTERS.has(word.charAt(0)) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (lower.startsWith('x-')) return 'an';
  if (SILENT_H_START.test(lower)) return 'an';
  if (CONSONANT_SOUND_START.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** Whether a phrase already opens with an article, a determiner or a possessive ("Acme's"). */
export function hasDeterminer(phrase: string): boolean {
  const word = phrase.trim().split(/\s+/)[0] ?? '';
  return DETERMINERS.has(word.toLowerCase()) || /['’]s$|s['’]$/i.test(word);
}

/**
 * A noun phrase with "a" or "an" in front unless it has an article or determiner already:
 * "UX researcher" → "a UX researcher", "urban planner" → "an urban planner", "the head of
 * design" and "Acme's lead designer" stay as they are. An empty phrase stays empty.
 */
export function withIndefiniteArticle(phrase: string): string {
  const tidy = phrase.trim();
  if (tidy === '' || hasDeterminer(tidy)) return tidy;
  return `${indefiniteArticle(tidy)} ${tidy}`;
}
