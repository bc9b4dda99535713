/**
 * The four phases of the conversation's arc: their order, names and hints.
 * (Part of the shared vocabulary, src/lib/vocabulary: one file per domain, so a page loads only
 * the words it shows.)
 */

/** The four phases of the conversation's arc, in the order they are asked. */
export const PHASES = ['present', 'past', 'future', 'advice'] as const;
/** One phase of the conversation's arc. */
export type Phase = (typeof PHASES)[number];

/** How each phase is named to the reader. */
export const PHASE_LABELS: Record<Phase, string> = {
  present: 'Their present',
  past: 'Their past',
  future: 'Their future',
  advice: 'Their advice',
};

/** One line on what each phase covers, shown beside its questions. */
export const PHASE_HINTS: Record<Phase, string> = {
  present: 'What they do now, who they work with and what the place is like.',
  past: 'How they got here: background, path, job search and training.',
  future: 'Where the role and the field are heading.',
  advice: 'What they would tell you, and who or what to look at next.',
};
