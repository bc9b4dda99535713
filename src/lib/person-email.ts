/**
 * From a person to an email draft: which kind of email each "Write the …" action opens, the
 * details the person fills in (their name, role, organization, the referrer, the date, one point
 * from the notes) as the composer's template fields, and who it goes to.
 *
 * Kinds are looked up by name in TEMPLATE_KINDS, so an action whose kind the composer does not
 * have yet ("nudge", "linkedin-note") reports no kind, and its button can stay hidden until the
 * template lands; nothing else changes then.
 */
import type { Draft } from '../schemas/draft';
import type { Person } from '../schemas/people';
import type { DraftRequest } from './draft-request';
import { openOffer, referrerName, type DueStep } from './due-steps';
import { TEMPLATE_KINDS, type TemplateField, type TemplateKind } from './vocabulary';

/** The emails a person's page can start. */
export const EMAIL_ACTIONS = [
  'request',
  'nudge',
  'linkedin-note',
  'thank-you',
  'referrer-update',
  'follow-up',
  'intro-blurb',
] as const;
/** One email a person's page can start. */
export type EmailAction = (typeof EMAIL_ACTIONS)[number];

/**
 * The template kind each action opens, by name; the request's kind depends on the person (see
 * `requestKind`). "request-nudge" and "linkedin-note" are the names of the guide's second
 * edition's kinds.
 */
const ACTION_KIND_NAMES: Record<Exclude<EmailAction, 'request'>, string> = {
  nudge: 'request-nudge',
  'linkedin-note': 'linkedin-note',
  'thank-you': 'thank-you',
  'referrer-update': 'referral-update',
  'follow-up': 'follow-up',
  'intro-blurb': 'intro-blurb',
};

const knownKinds: ReadonlySet<string> = new Set(TEMPLATE_KINDS);

/** The kind with this name, if the composer has a template for it. */
function templateKind(name: string): TemplateKind | undefined {
  return knownKinds.has(name) ? (name as TemplateKind) : undefined;
}

/**
 * The request that fits how the reader knows them: someone they know (hot) gets the "known"
 * request even if someone else also mentioned them; anyone else with a referrer gets the
 * referral request (it names who sent you); a warm contact met once gets the "known" one; a
 * cold contact the cold one.
 */
export function requestKind(person: Pick<Person, 'warmth' | 'referredBy'>): TemplateKind {
  if (person.warmth === 'hot') return 'request-known';
  if (person.referredBy) return 'request-referral';
  return person.warmth === 'warm' ? 'request-known' : 'request-cold';
}

/** The template kind an action opens for this person, or undefined if the composer has none yet. */
export function emailKind(
  action: EmailAction,
  person: Pick<Person, 'warmth' | 'referredBy'>,
): TemplateKind | undefined {
  return action === 'request' ? requestKind(person) : templateKind(ACTION_KIND_NAMES[action]);
}

/** The email that goes with a step, if any ("Nudge once" → the nudge). */
export function stepEmailAction(step: Pick<DueStep, 'kind'>): EmailAction | undefined {
  switch (step.kind) {
    case 'request':
      return 'request';
    case 'nudge':
      return 'nudge';
    case 'thank-you':
      return 'thank-you';
    case 'tell-referrer':
      return 'referrer-update';
    case 'update':
      return 'follow-up';
    default:
      return undefined;
  }
}

/** A point from the notes the reader can pick for the thank-you, with where it came from. */
export interface NotePoint {
  /** The text, as written. */
  text: string;
  /** Which notes it is from (the conversation's date), for the picker's label. */
  date: string;
}

/**
 * The points the reader can pick for a thank-you: the things to remember, then their advice,
 * newest conversation first; empty lines left out, repeats shown once, and lines longer than
 * `maxLength` characters left out (a template detail holds a short phrase, never a paragraph).
 */
export function notePoints(person: Pick<Person, 'meetings'>, maxLength = Infinity): NotePoint[] {
  const seen = new Set<string>();
  const points: NotePoint[] = [];
  for (const notes of [...person.meetings].reverse()) {
    const advice = notes.heard.advice
      .split(/\r\n|\r|\n/)
      .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim());
    for (const text of [...notes.remember, ...advice]) {
      if (text === '' || seen.has(text) || [...text].length > maxLength) continue;
      seen.add(text);
      points.push({ text, date: notes.date });
    }
  }
  return points;
}

/** The date of the person's latest conversation, if there was one. */
export function conversationDate(person: Pick<Person, 'met' | 'meetings'>): string | undefined {
  return person.met?.date ?? person.meetings.at(-1)?.date;
}

/** What a draft for this person starts with, besides its kind. */
export interface PersonDraftOptions {
  /** Everyone in the list by id, for the referrer's current name. */
  peopleById?: ReadonlyMap<string, Pick<Person, 'name'>>;
  /** The point from the notes the reader picked for the thank-you. */
  point?: string | undefined;
}

/**
 * The template fields a person fills: their name, role and organization, the referrer's name,
 * the date of the conversation, and the point the reader picked (as "the thing that helped
 * most"). Fields the person has nothing for are left out, so the composer shows their prompts.
 */
export function draftFieldsFor(
  person: Person,
  options: PersonDraftOptions = {},
): Partial<Record<TemplateField, string>> {
  const fields: Partial<Record<TemplateField, string>> = {};
  const put = (field: TemplateField, value: string | undefined) => {
    const tidy = value?.trim();
    if (tidy) fields[field] = tidy;
  };
  put('contactName', person.name);
  put('contactRole', person.role);
  put('organization', person.organization);
  put('referrerName', referrerName(person, options.peopleById));
  put('conversationDate', conversationDate(person));
  put('helpfulThing', options.point);
  return fields;
}

/**
 * Who the email goes to: the referrer (when they are in the list) for the update to them, the
 * person for everything else; '' when no address is known.
 */
export function draftRecipient(
  person: Person,
  action: EmailAction,
  peopleById?: ReadonlyMap<string, Pick<Person, 'email'>>,
): string {
  if (action !== 'referrer-update') return person.email;
  const id = person.referredBy?.personId;
  return (id === undefined ? undefined : peopleById?.get(id)?.email) ?? '';
}

/** The draft's name in the composer's list, e.g. "Thank-you: Alex Chen". */
export function draftNameFor(
  person: Pick<Person, 'name'>,
  action: EmailAction,
  referrer?: string,
): string {
  const titles: Record<EmailAction, string> = {
    request: 'Request',
    nudge: 'Nudge',
    'linkedin-note': 'LinkedIn note',
    'thank-you': 'Thank-you',
    'referrer-update': `Update for ${referrer ?? 'the referrer'}`,
    'follow-up': 'Update',
    'intro-blurb': 'Introduction to forward',
  };
  return `${titles[action]}: ${person.name}`;
}

/** The emails that name one point from the notes: the thank-you, and the update weeks later. */
export const POINT_ACTIONS: readonly EmailAction[] = ['thank-you', 'follow-up'];

/**
 * Everything the composer needs to start this person's email: its kind, name, details, who it
 * goes to, and the link back to them; undefined if the composer has no template for it yet.
 */
export function draftRequestFor(
  person: Person,
  action: EmailAction,
  options: PersonDraftOptions & {
    peopleById?: ReadonlyMap<string, Pick<Person, 'name' | 'email'>>;
  },
): DraftRequest | undefined {
  const kind = emailKind(action, person);
  if (!kind) return undefined;
  const offered = action === 'thank-you' ? openOffer(person) : undefined;
  return {
    kind,
    name: draftNameFor(person, action, referrerName(person, options.peopleById)),
    to: draftRecipient(person, action, options.peopleById),
    fields: draftFieldsFor(
      person,
      POINT_ACTIONS.includes(action) ? options : { ...options, point: undefined },
    ),
    person: {
      id: person.id,
      name: person.name,
      // The thank-you is where the guide answers an offer; the composer reminds the reader of it.
      ...(offered ? { offered } : {}),
    },
  };
}

/**
 * The draft of a kind written for a person last, if any: the one the Conversations page opens
 * again, so a second "Write the request" never starts "Request: Dana (2)" beside it.
 */
export function latestDraftFor(
  drafts: readonly Draft[],
  personId: string,
  kind: TemplateKind | undefined,
): Draft | undefined {
  return drafts
    .filter((draft) => draft.person?.id === personId && draft.kind === kind)
    .reduce<Draft | undefined>(
      (latest, draft) => (latest && latest.updatedAt >= draft.updatedAt ? latest : draft),
      undefined,
    );
}
