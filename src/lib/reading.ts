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
  return (
    source
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^(import|export)\s.*$/gm, '')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Line-start patterns match [ \t], never \s, so they cannot swallow the blank line before them.
      .replace(/^[ \t]*>[ \t]?/gm, '')
      .replace(
        /^#{1,6}[ \t]+(.*)$/gm,
        (_, heading: string) => `${heading.replace(/[.:?!]?\s*$/, '')}.`,
      )
      .replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+(.*)$/gm, (_, item: string) =>
        endsSentence(item) ? item : `${item}.`,
      )
      .replace(/[*_~]+/g, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/^ | $/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Whether a line already ends a sentence, behind any closing quotes, brackets or emphasis. */
function endsSentence(line: string): boolean {
  return /[.:?!]["'”’)\]*_]*\s*$/.test(line);
}

/** The number of words in a text. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a text, at least one. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
