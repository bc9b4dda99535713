/**
 * How the content tests read prose: a chapter as the sentences a reader reads (paragraphs, list
 * items, quotes and notes; headings are labels, not sentences), its Flesch-Kincaid grade, and the
 * share of its sentences that are five words or fewer.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { splitSentences } from '../../../../src/lib/email-checks';
import { plainTextFromMdx } from '../../../../src/lib/reading';

/** The words of a text: letters and digits, with an apostrophe inside ("don't", "field’s"). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/**
 * The sentences of an MDX chapter's prose. Headings are left out, and a run-in bold label
 * ("**Sound.** Use headphones…") is read as part of its sentence, since neither is a sentence of
 * its own; each list item is one sentence at least.
 */
export function proseSentences(mdx: string): string[] {
  const prose = mdx
    .replace(/^#{1,6}[ \t].*$/gm, '')
    .replace(/\*\*([^*\n]+?)[.:]\*\*[ \t]+/g, '$1: ');
  // A line break inside a paragraph (a wrapped note, a quoted letter) does not end a sentence.
  const text = plainTextFromMdx(prose).replace(/([^\n])\n(?!\n)/g, '$1 ');
  return splitSentences(text).filter((sentence) => wordsOf(sentence).length > 0);
}

/** The Flesch-Kincaid grade of a set of sentences. */
export function readingGrade(sentences: readonly string[]): number {
  const words = sentences.flatMap(wordsOf);
  // `syllable` gives 0 for digits; every spoken word has at least one.
  const syllables = words.reduce((total, word) => total + Math.max(1, syllable(word)), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

/** The sentences of `maxWords` words or fewer. */
export function shortSentences(sentences: readonly string[], maxWords = 5): string[] {
  return sentences.filter((sentence) => wordsOf(sentence).length <= maxWords);
}
