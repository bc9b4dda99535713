/**
 * The fixed vocabulary the content and the tools share: interview phases, question topics,
 * template kinds and fields, practice decks. Schemas build their enums from these lists and the
 * UI reads their labels from here, so a new topic or field is added in one place.
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

/** How each topic is named in filters and tags. */
export const TOPIC_LABELS: Record<Topic, string> = {
  responsibilities: 'Responsibilities',
  'typical-day': 'A typical day or week',
  colleagues: 'Who they work with',
  skills: 'Skills and qualities',
  culture: 'The organization and its culture',
  challenges: 'What is hard or unexpected',
  'nature-of-work': 'The nature of the work',
  lifestyle: 'Lifestyle: travel, hours, flexibility',
  leave: 'Leave and holidays',
  'remote-work': 'Remote and hybrid work',
  'getting-started': 'Getting started in the field',
  'career-path': 'Their path to this role',
  'job-search': 'Job search and hiring',
  hindsight: 'What they would do differently',
  training: 'Training and background',
  'entry-level': 'Entry-level roles',
  salary: 'Salary ranges',
  'role-future': 'Where the role leads',
  outlook: 'The field’s outlook',
  'field-change': 'How the field is changing',
  economy: 'The economy and the field',
  development: 'Professional development',
  advice: 'Advice for someone like you',
  organizations: 'Organizations and associations',
  resume: 'Feedback on your résumé',
  referrals: 'Who else to talk to',
};

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

/** How each template field is labeled in the composer, with an example of what goes in it. */
export const TEMPLATE_FIELD_LABELS: Record<TemplateField, { label: string; example: string }> = {
  yourName: { label: 'Your name', example: 'Sam Rivera' },
  yourSituation: {
    label: 'Who you are, in a few words',
    example: 'a second-year economics student',
  },
  contactName: { label: 'Their name', example: 'Ms. Okafor' },
  contactRole: { label: 'Their role', example: 'a transit planner' },
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

/** The practice decks. */
export const DECKS = ['asking', 'answering', 'scenarios'] as const;
/** One practice deck. */
export type Deck = (typeof DECKS)[number];

/** How each deck is named to the reader. */
export const DECK_LABELS: Record<Deck, string> = {
  asking: 'Asking good questions',
  answering: 'Answering their questions',
  scenarios: 'When things go off plan',
};

/** The interactive tools, as guide chapters refer to them. */
export const TOOLS = ['picker', 'composer', 'drill', 'conversations'] as const;
/** One interactive tool. */
export type Tool = (typeof TOOLS)[number];
