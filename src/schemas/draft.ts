/**
 * The email composer's saved state, "iik:email-drafts:v1": the reader's drafts and which one
 * is open.
 */
import * as v from 'valibot';
import { TEMPLATE_FIELDS, TEMPLATE_KINDS, type TemplateField } from '../lib/vocabulary';
import { personRefSchema } from './person-ref';

/** Every template field, each a string ('' when empty): all are always present. */
const fieldsSchema = v.object(
  Object.fromEntries(TEMPLATE_FIELDS.map((field) => [field, v.string()])) as Record<
    TemplateField,
    v.StringSchema<undefined>
  >,
);

/** One email the reader is writing. */
export const draftSchema = v.object({
  /** Unique id of the draft. */
  id: v.string(),
  /** The name the reader gave it, shown in the list of drafts. */
  name: v.string(),
  /** What kind of email it is; picks the template. */
  kind: v.picklist(TEMPLATE_KINDS),
  /** The reader's details, one string per template field ('' when empty). */
  fields: fieldsSchema,
  /** The subject line as it stands: filled from the fields, or as the reader edited it. */
  subject: v.string(),
  /** The body as it stands: filled from the fields, or as the reader edited it. */
  body: v.string(),
  /** True once the reader edits the subject or body by hand; field changes then leave the text alone. */
  edited: v.boolean(),
  /** Who it goes to: the address the mail link fills in ('' leaves it to the mail app). Default: ''. */
  to: v.optional(v.string(), ''),
  /**
   * The person on the Conversations page it was written for, if any, their name then, and, for a
   * thank-you, what they had offered by the reader's notes (for the composer's reminder).
   */
  person: v.optional(v.object({ ...personRefSchema.entries, offered: v.optional(v.string()) })),
  /** Hold a request to 75 words instead of 100. */
  strictLength: v.boolean(),
  /** When the draft was started (ISO 8601). */
  createdAt: v.string(),
  /** When the draft last changed (ISO 8601). */
  updatedAt: v.string(),
});
/** An email draft. */
export type Draft = v.InferOutput<typeof draftSchema>;

/** Everything the composer saves: the drafts and which one is open. */
export const draftsStateSchema = v.object({
  /** The reader's drafts, newest first. */
  drafts: v.array(draftSchema),
  /** The draft open in the composer, if any. */
  activeId: v.optional(v.string()),
});
/** The composer's saved state. */
export type DraftsState = v.InferOutput<typeof draftsStateSchema>;
