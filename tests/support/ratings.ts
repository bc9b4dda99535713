/** Rating a card in tests the way the drill does: the scheduler's next state, then the record. */
import { rateCard } from '../../src/lib/fsrs-scheduler';
import { applyRating } from '../../src/lib/review-progress';
import type { Instant } from '../../src/lib/time';
import type { Grade, ReviewProgress } from '../../src/schemas/review-progress';

/** The progress after rating `cardId` at `now`, and when the card comes back. */
export function rate(progress: ReviewProgress, cardId: string, grade: Grade, now: Instant) {
  const { card, intervalMs } = rateCard(progress.cards[cardId], grade, now);
  return { progress: applyRating(progress, cardId, grade, card, now), intervalMs };
}
