/**
 * The kinds of email the composer writes and the fields their templates use.
 * (Part of the shared vocabulary, src/lib/vocabulary: one file per domain, so a page loads only
 * the words it shows.)
 */

/** The kinds of email the composer writes, one template each. */
export const TEMPLATE_KINDS = [
  'request-cold',
  'request-referral',
  'request-known',
  'linkedin-note',
  'request-nudge',
  'thank-you',
  'follow-up',
  'referral-update',
  'job-search-reconnect',
  'intro-blurb',
] as const;
/** One kind of email. */
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The kinds that ask someone for a conversation; the request rules apply to these. */
export const REQUEST_KINDS: readonly TemplateKind[] = [
  'request-cold',
  'request-referral',
  'request-known',
];

/** Kinds sent outside email (a LinkedIn connection note): no subject line and no mail link. */
export const NO_SUBJECT_KINDS: readonly TemplateKind[] = ['linkedin-note'];

/** The named fields a template can use as `{fieldName}` in its subject and body. */
export const TEMPLATE_FIELDS = [
  'yourName',
  'yourSituation',
  'contactName',
  'contactRole',
  'organization',
  'referrerName',
  'learnGoal',
  'meetingLength',
  'meetingMode',
  'conversationDate',
  'helpfulThing',
  'actionTaken',
] as const;
/** One named field of a template. */
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/**
 * The fields about the reader themselves, the same in every email they write: a new draft,
 * started in the composer or from the Conversations page, starts with them filled in.
 */
export const READER_FIELDS = [
  'yourName',
  'yourSituation',
] as const satisfies readonly TemplateField[];

/** How each template field is labeled in the composer, with an example of what goes in it. */
export const TEMPLATE_FIELD_LABELS: Record<TemplateField, { label: string; example: string }> = {
  yourName: { label: 'Your name', example: 'Sam Rivera' },
  yourSituation: {
    label: 'Who you are, in a few words',
    example: 'a second-year economics student',
  },
  contactName: { label: 'Their name', example: 'Ms. Okafor' },
  contactRole: { label: 'Their role', example: 'transit planner' },
  organization: { label: 'Their organization', example: 'Riverside Transit' },
  referrerName: { label: 'Who referred you', example: 'Professor Lee' },
  learnGoal: {
    label: 'What you want to learn',
    example: 'how people get into city planning',
  },
  meetingLength: { label: 'How long', example: '20 minutes' },
  meetingMode: { label: 'How you would like to meet', example: 'a phone call' },
  conversationDate: { label: 'Date of the conversation', example: '2026-11-20' },
  helpfulThing: {
    label: 'The one thing that helped most',
    example: 'your advice to join the regional planning association',
  },
  actionTaken: {
    label: 'What you did with their advice',
    example: 'I joined the association and signed up for its next meetup',
  },
};
