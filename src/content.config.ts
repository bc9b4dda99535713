/**
 * Every content collection and its schema. Types for the rest of the code come from these
 * schemas (`z.infer`), so a field is declared once, here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { orderedYamlFile } from './loaders/ordered-yaml';
import {
  DECKS,
  NO_SUBJECT_KINDS,
  PHASES,
  TEMPLATE_FIELDS,
  TEMPLATE_KINDS,
  TOOLS,
  TOPICS,
} from './lib/vocabulary';

/** A chapter of the guide. */
export const guideSchema = z.object({
  /** The chapter's title, shown as its h1 and in navigation. */
  title: z.string().min(3),
  /** One sentence for search engines and link previews. */
  description: z.string().min(20).max(200),
  /** Position in the step-by-step path, starting at 1; unique across chapters. */
  step: z.number().int().positive(),
  /** A short summary shown on the home page and the guide index. */
  summary: z.string().min(10).max(240),
  /** The tools that practice what the chapter teaches, linked at its end. Default: none. */
  relatedTools: z.array(z.enum(TOOLS)).default([]),
});
/** Front matter of a guide chapter. */
export type Guide = z.infer<typeof guideSchema>;

/** A question from the bank. The entry's `id` is its stable identifier (a slug). */
export const questionSchema = z.object({
  /** Stable identifier: a lowercase slug that never changes once published (saved lists refer to it). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a lowercase slug like "typical-day"'),
  /** The question as the reader would ask it, ending with a question mark. */
  text: z.string().min(10).max(220).regex(/\?$/, 'a question ends with "?"'),
  /** The part of the conversation's arc it belongs to. */
  phase: z.enum(PHASES),
  /** The topics it covers; at least one. */
  topics: z.array(z.enum(TOPICS)).min(1),
  /** One line on why it is worth asking. */
  why: z.string().min(10).max(200),
  /** A warning for sensitive questions (how to ask it without causing offense). Default: none. */
  caution: z.string().min(10).max(200).optional(),
  /** Position in the bank file, set by the loader: within a phase, lower comes first (more useful). */
  order: z.number().int().nonnegative().default(0),
});
/** A question from the bank. */
export type Question = z.infer<typeof questionSchema>;

const fieldPattern = /\{([a-zA-Z]+)\}/g;
const knownFields = new Set<string>(TEMPLATE_FIELDS);
const onlyKnownFields = (text: string) =>
  [...text.matchAll(fieldPattern)].every(([, name]) => knownFields.has(name ?? ''));

/** An email template. The entry's `id` comes from its file name. */
export const templateSchema = z
  .object({
    /** What the email is for; one template per kind. */
    kind: z.enum(TEMPLATE_KINDS),
    /** The name the composer shows for this kind, e.g. "Request to someone you don't know". */
    title: z.string().min(5).max(80),
    /** The subject line, with `{fieldName}` placeholders; empty for a kind sent outside email. */
    subject: z.string().max(120).refine(onlyKnownFields, 'unknown {field} in subject'),
    /** The body, plain text with `{fieldName}` placeholders and blank lines between paragraphs. */
    body: z.string().min(20).refine(onlyKnownFields, 'unknown {field} in body'),
    /** One or two lines on when to use it. */
    guidance: z.string().min(10).max(300),
  })
  .refine(
    ({ kind, subject }) =>
      NO_SUBJECT_KINDS.includes(kind) ? subject === '' : subject.trim().length >= 5,
    { path: ['subject'], message: 'a subject of 5 characters or more (none for a LinkedIn note)' },
  );
/** An email template. */
export type Template = z.infer<typeof templateSchema>;

/** A practice card. The entry's `id` is its stable identifier (saved reviews refer to it). */
export const cardSchema = z.object({
  /** Stable identifier: a lowercase slug that never changes once published. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a lowercase slug like "thirty-second-intro"'),
  /** The deck it belongs to. */
  deck: z.enum(DECKS),
  /** The front: a goal, a question they may ask you, or a situation. */
  prompt: z.string().min(10).max(300),
  /** The back: a model answer or advice, plain text; blank lines separate paragraphs. */
  answer: z.string().min(20).max(1200),
  /** Free-form tags for filtering, e.g. a phase or a topic. Default: none. */
  tags: z.array(z.string().min(2)).default([]),
  /** Position in the cards file, set by the loader: new cards are introduced in this order. */
  order: z.number().int().nonnegative().default(0),
});
/** A practice card. */
export type Card = z.infer<typeof cardSchema>;

/** The collections Astro loads. */
export const collections = {
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/guides' }),
    schema: guideSchema,
  }),
  questions: defineCollection({
    loader: orderedYamlFile('src/content/questions/questions.yaml'),
    schema: questionSchema,
  }),
  templates: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/templates' }),
    schema: templateSchema,
  }),
  cards: defineCollection({
    loader: orderedYamlFile('src/content/cards/cards.yaml'),
    schema: cardSchema,
  }),
};
