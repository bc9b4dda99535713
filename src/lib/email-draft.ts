/**
 * An email draft's rules outside its saved shape (src/schemas/draft.ts): the drafts as a named
 * collection, what to keep of damaged saved drafts, the text limits, and the plain-text forms a
 * draft is taken away in.
 */
import { draftSchema, type Draft, type DraftsState } from '../schemas/draft';
import { fileSlug } from './file-name';
// Types only: the Conversations page reads drafts through this file, and the templates' filling
// code (with its article rules) belongs to the composer's page alone.
import type { EmailComposer, EmailFields } from './email-template';
import type { Collection } from './named-collection';
import { isoString, type Instant } from './time';
import {
  READER_FIELDS,
  TEMPLATE_FIELDS,
  type TemplateField,
  type TemplateKind,
} from './vocabulary';

/** A new draft of `kind`, its text filled from its template and the details given. */
export function makeDraft({
  id,
  name,
  kind,
  fields = {},
  to = '',
  person,
  compose,
  now,
}: {
  id: string;
  name: string;
  kind: TemplateKind;
  /** Details to start with; the rest are empty. */
  fields?: Partial<EmailFields>;
  /** Who it goes to ('' for no one yet). */
  to?: string;
  /** The person on the Conversations page it is written for, if any. */
  person?: Draft['person'] | undefined;
  compose: EmailComposer;
  now: Instant;
}): Draft {
  const filled: EmailFields = { ...emptyFields(), ...fields };
  const stamp = isoString(now);
  return {
    id,
    name,
    kind,
    fields: filled,
    to,
    ...(person ? { person } : {}),
    ...compose(kind, filled),
    edited: false,
    strictLength: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
import { salvageItems } from './salvage';

/** Every field empty: the details of a new draft. */
export function emptyFields(): EmailFields {
  return Object.fromEntries(TEMPLATE_FIELDS.map((field) => [field, ''])) as EmailFields;
}

const readerFieldSet: ReadonlySet<TemplateField> = new Set(READER_FIELDS);

/** Drafts, the one changed last first. */
const newestFirst = (drafts: readonly Draft[]) =>
  [...drafts].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));

/** The newest of the drafts written for a person on the Conversations page, by its last change. */
export function latestDraftFor(drafts: readonly Draft[], personId: string): Draft | undefined {
  return newestFirst(drafts).find((draft) => draft.person?.id === personId);
}

/**
 * The reader's own details (READER_FIELDS) for a new draft, so they type them once: each from
 * the open draft, or, where it is blank there, from the draft that changed last with it filled.
 * Blank everywhere is left out.
 */
export function readerFields(
  drafts: readonly Draft[],
  open: Draft | undefined,
): Partial<EmailFields> {
  const candidates = [open, ...newestFirst(drafts)];
  const fields: Partial<EmailFields> = {};
  for (const field of READER_FIELDS) {
    const value = candidates.find((draft) => draft?.fields[field].trim())?.fields[field];
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}

/**
 * What a draft another tool asks for (src/lib/draft-request.ts) starts with: the reader's own
 * details (`readerFields`); for a person, what their latest draft says about the conversation
 * ("What you want to learn", "How long", "What you did with their advice"…), so a nudge or an
 * update does not make the reader type the request's details again; and over both, the details
 * the request carries, which come from the person's own record (their name, role, the date)
 * and so are newer than any draft.
 */
export function requestedDraftFields({
  drafts,
  open,
  personId,
  given,
}: {
  drafts: readonly Draft[];
  /** The draft open before the request came. */
  open: Draft | undefined;
  /** The person on the Conversations page the draft is for, if any. */
  personId?: string | undefined;
  /** The details the request carries. */
  given: Partial<EmailFields>;
}): Partial<EmailFields> {
  const earlier = personId === undefined ? undefined : latestDraftFor(drafts, personId);
  const conversation: Partial<EmailFields> = {};
  if (earlier)
    for (const field of TEMPLATE_FIELDS)
      if (!readerFieldSet.has(field) && earlier.fields[field].trim())
        conversation[field] = earlier.fields[field];
  return { ...conversation, ...readerFields(drafts, open), ...given };
}

/** The saved drafts as a named collection, for the functions in src/lib/named-collection.ts. */
export function draftsCollection(state: DraftsState): Collection<Draft> {
  return { items: state.drafts, activeId: state.activeId };
}

/** The saved drafts from a collection, in the shape they are saved in. */
export function draftsState({ items, activeId }: Collection<Draft>): DraftsState {
  return activeId === undefined ? { drafts: [...items] } : { drafts: [...items], activeId };
}

/**
 * Keeps the readable drafts of saved data that failed validation as a whole; returns undefined
 * when there is no list of drafts to salvage from.
 */
export function salvageDrafts(
  data: unknown,
): { value: DraftsState; dropped: string[] } | undefined {
  const kept = salvageItems(data, {
    itemsKey: 'drafts',
    openKey: 'activeId',
    itemSchema: draftSchema,
    describe: (name) => (name ? `“${name}”` : 'a draft without a name'),
    openLost: 'which draft was open',
  });
  if (!kept) return undefined;
  const drafts: Draft[] = kept.items;
  return {
    value: kept.openId === undefined ? { drafts } : { drafts, activeId: kept.openId },
    dropped: kept.dropped,
  };
}

/** The most characters each kind of text takes; a paste past it is refused, never cut. */
export const TEXT_LIMITS = {
  /** One detail, such as their name or what you want to learn. */
  field: 200,
  /** The draft's name. */
  name: 80,
  /** The subject line. */
  subject: 200,
  /** The body, edited freely. */
  body: 5000,
} as const;

/** The draft's name for lists and files; an empty name reads "Untitled draft". */
export function displayName(draft: Pick<Draft, 'name'>): string {
  return draft.name.trim() || 'Untitled draft';
}

/** The draft as one plain-text file: the subject line and a blank line (if it has one), then the body. */
export function draftAsText(draft: Pick<Draft, 'subject' | 'body'>): string {
  const body = `${draft.body.replace(/\r\n|\r/g, '\n')}\n`;
  return draft.subject.trim() ? `Subject: ${draft.subject}\n\n${body}` : body;
}

/** A safe file name for the draft's text file, from its name ("Thank-you note (2)" → "thank-you-note-2.txt"). */
export function draftFileName(draft: Pick<Draft, 'name'>): string {
  return `${fileSlug(displayName(draft)) || 'email-draft'}.txt`;
}
