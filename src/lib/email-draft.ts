/**
 * An email draft as the composer saves it: its schema (zod/mini, small enough for the browser),
 * the types derived from it, the text limits, and the plain-text forms it is taken away in.
 */
import { z } from 'zod/mini';
import { fileSlug } from './file-name';
import { TEMPLATE_FIELDS, TEMPLATE_KINDS } from './vocabulary';

/** One email the reader is writing. */
export const draftSchema = z.object({
  /** Unique id of the draft. */
  id: z.string(),
  /** The name the reader gave it, shown in the list of drafts. */
  name: z.string(),
  /** What kind of email it is; picks the template. */
  kind: z.enum(TEMPLATE_KINDS),
  /** The reader's details, one string per template field ('' when empty). */
  fields: z.record(z.enum(TEMPLATE_FIELDS), z.string()),
  /** The subject line as it stands: filled from the fields, or as the reader edited it. */
  subject: z.string(),
  /** The body as it stands: filled from the fields, or as the reader edited it. */
  body: z.string(),
  /** True once the reader edits the subject or body by hand; field changes then leave the text alone. */
  edited: z.boolean(),
  /** Hold a request to 75 words instead of 100. */
  strictLength: z.boolean(),
  /** When the draft was started (ISO 8601). */
  createdAt: z.string(),
  /** When the draft last changed (ISO 8601). */
  updatedAt: z.string(),
});
/** An email draft. */
export type Draft = z.infer<typeof draftSchema>;

/** Everything the composer saves: the drafts and which one is open. */
export const draftsStateSchema = z.object({
  /** The reader's drafts, newest first. */
  drafts: z.array(draftSchema),
  /** The draft open in the composer, if any. */
  activeId: z.optional(z.string()),
});
/** The composer's saved state. */
export type DraftsState = z.infer<typeof draftsStateSchema>;

/**
 * Keeps the readable drafts of saved data that failed validation as a whole; returns undefined
 * when there is no list of drafts to salvage from.
 */
export function salvageDrafts(
  data: unknown,
): { value: DraftsState; dropped: string[] } | undefined {
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray((data as { drafts?: unknown }).drafts)
  )
    return undefined;
  const items = (data as { drafts: unknown[] }).drafts;
  const drafts: Draft[] = [];
  const dropped: string[] = [];
  for (const item of items) {
    const parsed = draftSchema.safeParse(item);
    if (parsed.success) drafts.push(parsed.data);
    else {
      const name = (item as { name?: unknown } | null)?.name;
      dropped.push(
        typeof name === 'string' && name.trim() ? `“${name.trim()}”` : 'a draft without a name',
      );
    }
  }
  const activeId = (data as { activeId?: unknown }).activeId;
  // Every draft was fine, so what failed was the note of which one was open.
  if (dropped.length === 0) dropped.push('which draft was open');
  return {
    value: {
      drafts,
      ...(typeof activeId === 'string' && drafts.some((draft) => draft.id === activeId)
        ? { activeId }
        : {}),
    },
    dropped,
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

/** A name not yet taken: the base, or the base with the first free number ("Thank-you note (2)"). */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base} (${n})`)) n += 1;
  return `${base} (${n})`;
}

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
