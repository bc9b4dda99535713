/**
 * The topics a question can cover (their names are in ./topic-labels.ts).
 * (Part of the shared vocabulary, src/lib/vocabulary: one file per domain, so a page loads only
 * the words it shows.)
 */

/** Every topic a question can cover; the bank must have at least one question for each. */
export const TOPICS = [
  'responsibilities',
  'typical-day',
  'colleagues',
  'skills',
  'culture',
  'challenges',
  'nature-of-work',
  'lifestyle',
  'leave',
  'remote-work',
  'getting-started',
  'career-path',
  'job-search',
  'hindsight',
  'training',
  'entry-level',
  'salary',
  'role-future',
  'outlook',
  'field-change',
  'economy',
  'development',
  'advice',
  'organizations',
  'resume',
  'referrals',
] as const;
/** One topic a question can cover. */
export type Topic = (typeof TOPICS)[number];
