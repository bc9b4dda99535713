/** A chapter of the guide: the front matter of `src/content/guides/*.mdx`. */
import * as v from 'valibot';
import { TOOLS } from '../lib/vocabulary';

/** A guide chapter's front matter. */
export const guideSchema = v.object({
  /** The chapter's title, shown as its h1 and in navigation. */
  title: v.pipe(v.string(), v.minLength(3)),
  /** One sentence for search engines and link previews. */
  description: v.pipe(v.string(), v.minLength(20), v.maxLength(200)),
  /** Position in the step-by-step path, starting at 1; unique across chapters. */
  step: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** A short summary shown on the home page and the guide index. */
  summary: v.pipe(v.string(), v.minLength(10), v.maxLength(240)),
  /** The tools that practice what the chapter teaches, linked at its end. Default: none. */
  relatedTools: v.optional(v.array(v.picklist(TOOLS)), () => []),
});
/** Front matter of a guide chapter. */
export type Guide = v.InferOutput<typeof guideSchema>;
