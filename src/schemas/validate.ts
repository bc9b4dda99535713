/**
 * How data is checked against a schema from this folder, in the browser and at build time. The
 * schemas are Valibot's, which bundles to a fraction of zod's size; the build wraps them for
 * Astro's content layer in `content-schema.ts`.
 */
import * as v from 'valibot';

/** One problem found in data: where it is (a dotted path, '' for the whole) and what is wrong. */
export interface DataIssue {
  path: string;
  message: string;
}

/** The outcome of checking data: the typed value, or what is wrong with it. */
export type Checked<T> = { success: true; data: T } | { success: false; issues: DataIssue[] };

/** Checks data against a schema. */
export function check<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, data);
  if (result.success) return { success: true, data: result.output };
  return {
    success: false,
    issues: result.issues.map((issue) => ({
      path: issue.path?.map((step) => String(step.key)).join('.') ?? '',
      message: issue.message,
    })),
  };
}

/** What the state layer and the import check saved data with: something with `safeParse`. */
export interface Validator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** A schema as the state layer takes it (src/stores/persistence.ts): something with `safeParse`. */
export function validator<S extends v.GenericSchema>(
  schema: S,
): { safeParse(data: unknown): Checked<v.InferOutput<S>> } {
  return { safeParse: (data) => check(schema, data) };
}
