/**
 * Line breaks for text in the guide's figures. SVG text does not wrap, so each label is broken
 * into lines here, by an estimate of its width in characters.
 */

/** Breaks text into lines of at most `maxChars` characters, between words; a longer word stands alone. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
