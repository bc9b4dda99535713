/**
 * Build time only: a schema from this folder as Astro's content layer takes it (a zod schema),
 * so `src/content.config.ts` validates the content with the very schemas the browser uses.
 * Imported by the content config alone, so zod never reaches a page.
 */
import { z } from 'astro/zod';
import * as v from 'valibot';

/** Wraps a Valibot schema for `defineCollection`: its problems become zod issues at their paths. */
export function contentSchema<S extends v.GenericSchema>(schema: S) {
  return z.unknown().transform((data, context): v.InferOutput<S> => {
    const result = v.safeParse(schema, data);
    if (result.success) return result.output;
    for (const issue of result.issues) {
      context.issues.push({
        code: 'custom',
        message: issue.message,
        path: issue.path?.map((step) => step.key as PropertyKey) ?? [],
        input: issue.input,
      });
    }
    return z.NEVER;
  });
}
