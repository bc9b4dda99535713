/**
 * Turns an email template and the reader's details into a subject and a body: plain text in,
 * plain text out. Nothing here touches the DOM, so what the reader typed is never interpreted.
 */
import type { Template } from '../schemas/template';
import { withIndefiniteArticle } from './indefinite-article';
import {
  TEMPLATE_FIELD_LABELS,
  TEMPLATE_FIELDS,
  type TemplateField,
  type TemplateKind,
} from './vocabulary';

/** The reader's details, one string per template field ('' when not filled in). */
export type EmailFields = Record<TemplateField, string>;

/** A subject and a body, ready to show, copy or send. */
export interface FilledEmail {
  subject: string;
  body: string;
}

/** Options for filling a template. */
export interface FillOptions {
  /** The locale dates are written in; only English locales are used, others fall back to en-US. */
  locale?: string | undefined;
}

/** The locale used for dates when the reader's own is not English. */
export const DEFAULT_EMAIL_LOCALE = 'en-US';

/** What an unfilled field shows in the text, e.g. "[Their name]"; the checks look for it. */
export function fieldPlaceholder(field: TemplateField): string {
  return `[${TEMPLATE_FIELD_LABELS[field].label}]`;
}

const placeholderPattern = /\{([a-zA-Z]+)\}/g;
const knownFields = new Set<string>(TEMPLATE_FIELDS);

/** The fields a template uses in its subject or body, in the order the composer asks for them. */
export function templateFields(template: Pick<Template, 'subject' | 'body'>): TemplateField[] {
  const used = new Set(
    [...`${template.subject}\n${template.body}`.matchAll(placeholderPattern)].map(
      ([, name]) => name ?? '',
    ),
  );
  return TEMPLATE_FIELDS.filter((field) => used.has(field));
}

/** The email's language: the reader's locale if it is English, else American English, the house spelling. */
export function emailLocale(locale: string | undefined): string {
  return locale && /^en(?:-|$)/i.test(locale) ? locale : DEFAULT_EMAIL_LOCALE;
}

/** Reads an ISO calendar date ("2026-11-20") as midnight UTC; undefined if it isn't a real date. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date
    : undefined;
}

/** A date in words as an email says it, e.g. "Friday 20 November"; anything else is kept as typed. */
export function formatEmailDate(value: string, locale?: string): string {
  const date = parseIsoDate(value);
  if (!date) return value.trim();
  // UTC on both sides, so the day never shifts with the reader's time zone.
  return new Intl.DateTimeFormat(emailLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * A field's value as it goes into the text: one line, no outer spaces, dates in words, and a
 * role with its article, as every template says "as {contactRole}" and the reader may type the
 * role with or without one ("UX researcher", "a UX researcher").
 */
function fieldText(
  field: TemplateField,
  fields: Partial<EmailFields>,
  options: FillOptions,
): string {
  const value = (fields[field] ?? '').replace(/\s+/g, ' ').trim();
  if (field === 'conversationDate') return formatEmailDate(value, options.locale);
  if (field === 'contactRole') return withIndefiniteArticle(value);
  return value;
}

// Titles and initials ("Ms.", "Dr.", "J.") end in a full stop without ending a sentence.
const abbreviation = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Rev|Hon|e\.g|i\.e|vs|[A-Z])\.$/;

/** Whether text ends with a title or initial and its full stop ("Dear Ms."), which ends no sentence. */
export function endsWithAbbreviation(text: string): boolean {
  return abbreviation.test(text.trimEnd());
}

/** Whether the text before a position ends a sentence (or is the start of the text or a line). */
function startsSentence(before: string): boolean {
  if (before.trim() === '' || /\n\s*$/.test(before)) return true;
  return /[.!?]["'\u201d\u2019)]*\s+$/.test(before) && !endsWithAbbreviation(before);
}

/**
 * Fills one piece of template text. A filled field that starts a sentence gets a capital first
 * letter; a value ending in "." loses that full stop where the template already puts punctuation
 * after it ("Acme Inc." + "." stays "Acme Inc."); an unfilled field shows its label in brackets;
 * an unknown `{name}` is left as it is, so the checks can point at it.
 */
export function fillText(
  text: string,
  fields: Partial<EmailFields>,
  options: FillOptions = {},
): string {
  return text.replace(placeholderPattern, (whole, name: string, offset: number) => {
    if (!knownFields.has(name)) return whole;
    const field = name as TemplateField;
    let value = fieldText(field, fields, options);
    if (value === '') return fieldPlaceholder(field);
    const after = text.slice(offset + whole.length);
    if (/^[.,;:!?]/.test(after)) value = value.replace(/\.$/, '');
    if (startsSentence(text.slice(0, offset)))
      value = value.charAt(0).toUpperCase() + value.slice(1);
    return value;
  });
}

/** Fills a template's subject and body with the reader's details. */
export function fillTemplate(
  template: Pick<Template, 'subject' | 'body'>,
  fields: Partial<EmailFields>,
  options: FillOptions = {},
): FilledEmail {
  return {
    subject: fillText(template.subject, fields, options).trim(),
    body: fillText(template.body, fields, options).replace(/\s+$/, ''),
  };
}

/** Builds the email for any kind from the reader's details; what the drafts store calls to refill. */
export type EmailComposer = (kind: TemplateKind, fields: Partial<EmailFields>) => FilledEmail;

/** A kind's name as the composer shows it (its template's title), or the kind itself if it has none. */
export function templateTitle(templates: readonly Template[], kind: TemplateKind): string {
  return templates.find((template) => template.kind === kind)?.title ?? kind;
}

/** An EmailComposer over a set of templates, writing dates in the given locale. */
export function makeComposer(
  templates: readonly Template[],
  options: FillOptions = {},
): EmailComposer {
  const byKind = new Map(templates.map((template) => [template.kind, template]));
  return (kind, fields) => {
    const template = byKind.get(kind);
    if (!template) throw new Error(`no template for ${kind}`);
    return fillTemplate(template, fields, options);
  };
}
