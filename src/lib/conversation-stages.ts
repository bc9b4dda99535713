/**
 * The words of one conversation's path on the Conversations page: its stages, the ways a
 * request is sent and the ways people meet. The schema builds its choices from these lists and
 * the page reads their names from here. They are the tracker's own, apart from the vocabulary
 * the content shares (./vocabulary/), so the other tools' pages never carry them.
 */

/** The stages a conversation with one person moves through, in order, then the ways it ends early. */
export const STAGES = [
  'to-contact',
  'asked',
  'scheduled',
  'met',
  'thanked',
  'keeping-in-touch',
  'no-reply',
  'declined',
  'closed',
] as const;
/** One stage of a conversation. */
export type Stage = (typeof STAGES)[number];

/** How each stage is named to the reader. */
export const STAGE_LABELS: Record<Stage, string> = {
  'to-contact': 'To contact',
  asked: 'Asked',
  scheduled: 'Scheduled',
  met: 'Met',
  thanked: 'Thanked',
  'keeping-in-touch': 'Keeping in touch',
  'no-reply': 'No reply',
  declined: 'Declined',
  closed: 'Closed',
};

/** The stages where the conversation has ended without going on; no step is due in them. */
export const CLOSED_STAGES: readonly Stage[] = ['no-reply', 'declined', 'closed'];

/** The ways a request for a conversation can be sent. */
export const ASK_CHANNELS = ['email', 'phone', 'in-person', 'linkedin'] as const;
/** One way of sending a request. */
export type AskChannel = (typeof ASK_CHANNELS)[number];

/** How each way of asking is named to the reader. */
export const ASK_CHANNEL_LABELS: Record<AskChannel, string> = {
  email: 'Email',
  phone: 'Phone',
  'in-person': 'In person',
  linkedin: 'LinkedIn',
};

/** The ways a conversation can take place. */
export const MEETING_FORMATS = ['in-person', 'phone', 'video'] as const;
/** One way a conversation can take place. */
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** How each way of meeting is named to the reader. */
export const MEETING_FORMAT_LABELS: Record<MeetingFormat, string> = {
  'in-person': 'In person',
  phone: 'Phone call',
  video: 'Video call',
};
