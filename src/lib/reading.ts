/**
 * Plain-text views of guide chapters, for reading time and the readability check: MDX in,
 * the words a reader reads out.
 */

/** Words a minute for an average adult reading non-fiction on screen. */
export const WORDS_PER_MINUTE = 200;

/**
 * Strips an MDX chapter down to its prose: no front matter, imports, JSX tags, code, link
 * targets or Markdown markers. Headings and list items become sentences of their own.
 */
export function plainTextFromMdx(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+(.*)$/gm, (_, heading: string) => `${heading.replace(/[.:?!]?\s*$/, '')}.`)
    .replace(/^\s*(?:[-*+]|\d+\.)\s+(.*)$/gm, (_, item: string) => (/[.:?!]$/.test(item.trim()) ? item : `${item}.`))
    .replace(/^\s*>\s?/gm, '')
    .replace(/[*_~]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The number of words in a text. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a text, at least one. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
