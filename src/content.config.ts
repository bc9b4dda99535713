/**
 * Wires each content collection's loader to its schema. The schemas live in src/schemas/, where
 * the browser's checks of the published data use them too; `contentSchema` hands them to
 * Astro's content layer at build time.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { orderedYamlFile } from './loaders/ordered-yaml';
import { cardSchema } from './schemas/card';
import { contentSchema } from './schemas/content-schema';
import { guideSchema } from './schemas/guide';
import { questionSchema } from './schemas/question';
import { templateSchema } from './schemas/template';

/** The collections Astro loads. */
export const collections = {
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/guides' }),
    schema: contentSchema(guideSchema),
  }),
  questions: defineCollection({
    loader: orderedYamlFile('src/content/questions/questions.yaml'),
    schema: contentSchema(questionSchema),
  }),
  templates: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/templates' }),
    schema: contentSchema(templateSchema),
  }),
  cards: defineCollection({
    loader: orderedYamlFile('src/content/cards/cards.yaml'),
    schema: contentSchema(cardSchema),
  }),
};
