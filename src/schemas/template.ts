/** An email template: one file of `src/content/templates/`, one kind of email. */
import * as v from 'valibot';
import { NO_SUBJECT_KINDS, TEMPLATE_FIELDS, TEMPLATE_KINDS } from '../lib/vocabulary';

const fieldPattern = /\{([a-zA-Z]+)\}/g;
const knownFields = new Set<string>(TEMPLATE_FIELDS);
const onlyKnownFields = (text: string) =>
  [...text.matchAll(fieldPattern)].every(([, name]) => knownFields.has(name ?? ''));

/** An email template. The entry's `id` comes from its file name. */
export const templateSchema = v.pipe(
  v.object({
    /** What the email is for; one template per kind. */
    kind: v.picklist(TEMPLATE_KINDS),
    /** The name the composer shows for this kind, e.g. "Request to someone you don't know". */
    title: v.pipe(v.string(), v.minLength(5), v.maxLength(80)),
    /** The subject line, with `{fieldName}` placeholders; empty for a kind sent outside email. */
    subject: v.pipe(
      v.string(),
      v.maxLength(120),
      v.check(onlyKnownFields, 'unknown {field} in subject'),
    ),
    /** The body, plain text with `{fieldName}` placeholders and blank lines between paragraphs. */
    body: v.pipe(v.string(), v.minLength(20), v.check(onlyKnownFields, 'unknown {field} in body')),
    /** One or two lines on when to use it. */
    guidance: v.pipe(v.string(), v.minLength(10), v.maxLength(300)),
  }),
  v.forward(
    v.check(
      ({ kind, subject }) =>
        NO_SUBJECT_KINDS.includes(kind) ? subject === '' : subject.trim().length >= 5,
      'a subject of 5 characters or more (none for a LinkedIn note)',
    ),
    ['subject'],
  ),
);
/** An email template. */
export type Template = v.InferOutput<typeof templateSchema>;
