/**
 * How close a contact is, as the guide defines it.
 * (Part of the shared vocabulary, src/lib/vocabulary: one file per domain, so a page loads only
 * the words it shows.)
 */

/** How close a contact is to you, from people you know to names from a list. Start hot, work outward. */
export const CONTACT_WARMTH = ['hot', 'warm', 'cold'] as const;
/** How close one contact is. */
export type ContactWarmth = (typeof CONTACT_WARMTH)[number];

/**
 * How each closeness is named, and who it covers: the guide's own definitions (the chapter on
 * finding people), drawn in its circles figure and shown beside the choice on the Conversations
 * page.
 */
export const CONTACT_WARMTH_LABELS: Record<ContactWarmth, { label: string; who: string }> = {
  hot: { label: 'Hot', who: 'people you know yourself' },
  warm: { label: 'Warm', who: 'people a hot contact introduces, or you met once' },
  cold: { label: 'Cold', who: 'names from further away: lists, directories, websites' },
};
