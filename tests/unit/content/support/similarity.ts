/**
 * How alike two questions are, by what they ask about: the share of content words they have in
 * common (Jaccard), after folding plurals and verb endings and treating words that mean the same
 * thing here as one ("job", "role", "position"; "field", "industry", "line of work").
 */

/** Words that carry no subject of their own in a question. */
const STOPWORDS = new Set(
  `a about after again all also am an and any are as at be been before being between both but by
  can could did do does doing down during each few for from had has have having how i if in into is
  it its just like me more most my no nor not now of off on once only or other our out over own
  really same should so some such than that the their them then there these they this those through
  to too under until up very was we were what when where which while who whom why will with would
  you your yours yourself usually tend often most much many one first`.split(/\s+/),
);

/** Words and phrases read as one subject. */
const SAME_SUBJECT: [RegExp, string][] = [
  [/\bline of work\b|\bindustry\b|\bfield\b|\bsector\b/g, 'field'],
  [/\bjobs?\b|\broles?\b|\bpositions?\b/g, 'job'],
  [/\bemployers?\b|\borganizations?\b|\bcompan(?:y|ies)\b/g, 'organization'],
  [/\bcareers?\b|\bpaths?\b/g, 'career'],
  [/\bpay\b|\bsalar(?:y|ies)\b|\bearn\w*\b|\bincome\b/g, 'pay'],
  [/\bcurious\b|\binterest(?:ed)?\b|\bsparked?\b/g, 'interest'],
  [/\bnewcomers?\b|\bbeginners?\b|\bstarting out\b|\bnew to\b/g, 'newcomer'],
  [/\bhours\b|\bbusy periods?\b|\bout-of-hours\b|\bovertime\b/g, 'hours'],
  [/\br[eé]sum[eé]s?\b|\bcvs?\b/g, 'résumé'],
];

/** A word without its plural or verb ending ("changes", "changing", "changed" → "chang"). */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** The subjects a question asks about. */
export function subjectsOf(text: string): Set<string> {
  let folded = text.toLowerCase().replace(/[’']/g, "'");
  for (const [pattern, subject] of SAME_SUBJECT) folded = folded.replace(pattern, subject);
  return new Set(
    (folded.match(/\p{L}+(?:'\p{L}+)?/gu) ?? [])
      .filter((word) => !STOPWORDS.has(word) && word.length > 2)
      .map(stem),
  );
}

/** How alike two questions are, from 0 (nothing in common) to 1 (the same subjects). */
export function similarity(a: string, b: string): number {
  const left = subjectsOf(a);
  const right = subjectsOf(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const all = new Set([...left, ...right]).size;
  return all === 0 ? 0 : shared / all;
}
