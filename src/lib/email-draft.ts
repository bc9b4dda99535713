/**
 * An email draft's rules outside its saved shape (src/schemas/draft.ts): the drafts as a named
 * collection, what to keep of damaged saved drafts, the text limits, and the plain-text forms a
 * draft is taken away in.
 */
import { draftSchema, type Draft, type DraftsState } from '../schemas/draft';
import { fileSlug } from './file-name';
import { emptyFields, type EmailComposer, type EmailFields } from './email-template';
import type { Collection } from './named-collection';
import { isoString, type Instant } from './time';
import type { TemplateKind } from './vocabulary';

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
