/**
 * Ordering of guide chapters along the step-by-step path, and each chapter's neighbors.
 */

/** The least a chapter needs for ordering: its id and its step number. */
export interface Stepped {
  id: string;
  data: { step: number; title: string };
}

/** Chapters sorted by step; throws if two share a step, since the path must be unambiguous. */
export function orderChapters<T extends Stepped>(chapters: readonly T[]): T[] {
  const sorted = [...chapters].sort((a, b) => a.data.step - b.data.step);
  sorted.forEach((chapter, index) => {
    const previous = sorted[index - 1];
    if (previous && previous.data.step === chapter.data.step) {
      throw new Error(
        `Guide chapters "${previous.id}" and "${chapter.id}" share step ${chapter.data.step}`,
      );
    }
  });
  return sorted;
}

/** The chapters before and after the given one on the path, if any. */
export function neighbors<T extends Stepped>(
  ordered: readonly T[],
  id: string,
): { previous?: T | undefined; next?: T | undefined } {
  const index = ordered.findIndex((chapter) => chapter.id === id);
  if (index === -1) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
