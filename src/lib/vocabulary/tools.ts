/**
 * The interactive tools, as guide chapters refer to them.
 * (Part of the shared vocabulary, src/lib/vocabulary: one file per domain, so a page loads only
 * the words it shows.)
 */

/** The interactive tools, as guide chapters refer to them. */
export const TOOLS = ['picker', 'composer', 'drill', 'conversations'] as const;
/** One interactive tool. */
export type Tool = (typeof TOOLS)[number];
